import type { Command } from "commander";
import { helpKey } from "./localised-help";

/** Where a command that changes a workbook writes: over it (`--in-place`) or to a new copy (`--out`). */
export interface RewriteOptions {
  out?: string;
  inPlace?: boolean;
  force?: boolean;
}

/**
 * Adds --out, --in-place and --force to a command that changes a workbook (see rewritePort); the help texts are
 * catalog keys (helpKey).
 */
export const rewriteOptions = (
  command: Command,
  help: { readonly copy: string; readonly inPlace: string; readonly out?: string }
): Command =>
  command
    .option(`--out <${help.out ?? "copy.xlsx"}>`, help.copy)
    .option("--in-place", help.inPlace)
    .option("--force", helpKey("cli.option.forceOut"));

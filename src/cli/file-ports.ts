import { resolve } from "node:path";
import { XlsxFilePort } from "../adapters/xlsx";
import { message, type Message } from "../core/i18n";
import { CliError } from "./cli-error";
import { displayPath } from "./plan-directory";
import type { RewriteOptions } from "./rewrite-options";

/** A workbook a command reads: its full path, its name as the user gave it, and a port that never writes it. */
export interface InputFile {
  readonly input: string;
  readonly name: string;
  readonly port: XlsxFilePort;
}

/** Opens a workbook to read; the port refuses to write it. */
export const inputFile = (file: string): InputFile => {
  const input = resolve(file);
  const name = displayPath(input);
  return { input, name, port: new XlsxFilePort(input, { force: false, displayName: name }) };
};

/** An output path for a command: an .xlsx file that is none of its inputs, which are never changed. */
export const outputPath = (given: string, inputs: readonly string[]): string => {
  const out = resolve(given);
  if (inputs.includes(out))
    throw new CliError(message("error.cli.outMustBeNew", { file: given, out: "--out" }));
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new CliError(message("error.cli.outMustBeXlsx", { file: given }));
  return out;
};

/** A port that writes a new workbook at `out`, replacing a file there only with --force. */
export const newFilePort = (out: string, force: boolean | undefined): XlsxFilePort =>
  new XlsxFilePort(out, { force: force === true });

/** A port that reads `from` and saves it, with what the use case changed, as the new file `out`. */
export const copyPort = (from: InputFile, out: string, force: boolean | undefined): XlsxFilePort =>
  new XlsxFilePort(from.input, { force: force === true, displayName: from.name, saveTo: out });

/**
 * The port of a command that changes a workbook, writing over it with --in-place or to a new copy with --out
 * (exactly one of them), and the path the result goes to. `what` names the result in the message.
 */
export const rewritePort = (
  file: string,
  opts: RewriteOptions,
  what: Message
): InputFile & { readonly out: string } => {
  const source = inputFile(file);
  if ((opts.out === undefined) === (opts.inPlace !== true))
    throw new CliError(
      message("error.cli.sayWhere", {
        file,
        what,
        outCopy: "--out <copy.xlsx>",
        inPlace: "--in-place",
      })
    );
  if (opts.out !== undefined && resolve(opts.out) === source.input)
    throw new CliError(
      message("error.cli.outIsInput", { file: opts.out, out: "--out", inPlace: "--in-place" })
    );
  if (opts.out === undefined)
    return { ...source, out: source.input, port: copyPort(source, source.input, true) };
  const out = outputPath(opts.out, [source.input]);
  return { ...source, out, port: copyPort(source, out, opts.force) };
};

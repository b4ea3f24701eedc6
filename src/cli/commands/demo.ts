import { resolve } from "node:path";
import type { RegisterCommand } from "../cli-context";

/** `kpi-report demo`: the round trip on the sample data. */
export const demoCommand: RegisterCommand = (program, ctx) => {
  program
    .command("demo")
    .description(
      "build the 2012-2015 workbook filled with the built-in sample values, and say where it went"
    )
    .option("--out-dir <dir>", "folder for the demo's files (replaced on each run)", "demo-output")
    .action(async (opts: { outDir: string }) => {
      const { runDemo } = await import("../engine");
      await runDemo({
        plansDir: ctx.plansDir(),
        outDir: resolve(opts.outDir),
        io: ctx.io,
        now: ctx.now(),
        generator: ctx.generator,
      });
    });
};

import { resolve } from "node:path";
import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";

/** `kpi-report demo`: the round trip on the sample data. */
export const demoCommand: RegisterCommand = (program, ctx) => {
  program
    .command("demo")
    .description(helpKey("cli.demo.help"))
    .option("--out-dir <dir>", helpKey("cli.demo.outDir"), "demo-output")
    .action(async (opts: { outDir: string }) => {
      const { runDemo } = await import("../engine");
      await runDemo({
        plansDir: ctx.plansDir(),
        outDir: resolve(opts.outDir),
        io: ctx.io,
        now: ctx.now(),
        generator: ctx.generator,
        tr: ctx.translator(),
      });
    });
};

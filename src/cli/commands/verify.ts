import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";
import { valueOrRefuse } from "../cli-error";

/** `kpi-report verify`: unchanged since stamped (exit 0), or each changed cell (exit 1). */
export const verifyCommand: RegisterCommand = (program, ctx) => {
  program
    .command("verify")
    .description(helpKey("cli.verify.help"))
    .argument("<submission.xlsx>", helpKey("cli.verify.submission"))
    .option("--json", helpKey("cli.verify.json"))
    .action(async (file: string, opts: { json?: boolean }) => {
      const { inputFile, presentVerification, verificationJson, verifySubmission } =
        await import("../engine");
      const source = inputFile(file);
      const v = valueOrRefuse(await verifySubmission(source.port, await ctx.plans()), source.name);
      if (opts.json) ctx.io.out(JSON.stringify(verificationJson(source.name, v), null, 2));
      else {
        const view = presentVerification(source.name, v);
        ctx.io.out(view.heading);
        view.lines.forEach((line) => ctx.io.out(`  ${line}`));
        view.changes.forEach((c) => ctx.io.out(`    ${c.line}`));
      }
      ctx.exitWith(v.unchanged ? 0 : 1);
    });
};

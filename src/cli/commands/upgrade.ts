import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";
import { valueOrRefuse } from "../cli-error";
import { message } from "../../core/i18n";
import { displayPath, readPlanById } from "../plan-directory";
import { rewriteOptions, RewriteOptions } from "../rewrite-options";

/** `kpi-report upgrade`: rebuilds a workbook from the current plan file; exit 1 where a value has no place. */
export const upgradeCommand: RegisterCommand = (program, ctx) => {
  rewriteOptions(
    program
      .command("upgrade")
      .description(helpKey("cli.upgrade.help"))
      .argument("<workbook.xlsx>", helpKey("cli.arg.filledWorkbook"))
      .option("--plan <id>", helpKey("cli.upgrade.plan")),
    {
      out: "new.xlsx",
      copy: helpKey("cli.upgrade.copy"),
      inPlace: helpKey("cli.upgrade.inPlace"),
    }
  ).action(async (file: string, opts: RewriteOptions & { plan?: string }) => {
    const { presentUpgrade, rewritePort, upgradeWorkbook } = await import("../engine");
    const target = rewritePort(file, opts, message("cli.what.upgraded"));
    const plan =
      opts.plan === undefined ? undefined : await readPlanById(ctx.plansDir(), opts.plan);
    const u = valueOrRefuse(
      await upgradeWorkbook(target.port, await ctx.plans(), {
        ...(plan ? { plan } : {}),
        now: ctx.now(),
        generator: ctx.generator,
        language: ctx.askedLanguage(),
      }),
      target.name
    );
    const view = presentUpgrade(target.name, u);
    ctx.io.out(`Wrote ${displayPath(target.out)}: ${view.rebuilt}`);
    for (const line of [view.carried, view.placement, ...view.notPlaced]) ctx.io.out(`  ${line}`);
    if (u.notPlaced.length > 0) ctx.exitWith(1);
  });
};

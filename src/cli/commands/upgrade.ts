import { upgradeWorkbook } from "../../app";
import { presentUpgrade } from "../../app/present";
import type { RegisterCommand } from "../cli-context";
import { valueOrRefuse } from "../cli-error";
import { rewriteOptions, rewritePort, RewriteOptions } from "../file-ports";
import { displayPath, readPlanById } from "../plan-directory";

/** `kpi-report upgrade`: rebuilds a workbook from the current plan file; exit 1 where a value has no place. */
export const upgradeCommand: RegisterCommand = (program, ctx) => {
  rewriteOptions(
    program
      .command("upgrade")
      .description(
        "rebuild a filled workbook from the current version of its plan, keeping every value; list what has no place"
      )
      .argument("<workbook.xlsx>", "the filled reporting workbook")
      .option("--plan <id>", "the plan to upgrade to (the one the workbook names when omitted)"),
    {
      out: "new.xlsx",
      copy: "write the upgraded workbook as a copy",
      inPlace: "rewrite the workbook itself",
    }
  ).action(async (file: string, opts: RewriteOptions & { plan?: string }) => {
    const target = rewritePort(file, opts, "the upgraded workbook");
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

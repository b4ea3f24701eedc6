import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";
import { valueOrRefuse } from "../cli-error";
import { message } from "../../core/i18n";
import { displayPath } from "../plan-directory";
import { rewriteOptions, RewriteOptions } from "../rewrite-options";

/** `kpi-report repair`: writes back the metadata sheet of a workbook that lost it; a sound one is left alone. */
export const repairCommand: RegisterCommand = (program, ctx) => {
  rewriteOptions(
    program
      .command("repair")
      .description(helpKey("cli.repair.help"))
      .argument("<workbook.xlsx>", helpKey("cli.arg.workbook")),
    {
      copy: helpKey("cli.repair.copy"),
      inPlace: helpKey("cli.repair.inPlace"),
    }
  ).action(async (file: string, opts: RewriteOptions) => {
    const { repairMetadata, rewritePort } = await import("../engine");
    const target = rewritePort(file, opts, message("cli.what.repaired"));
    const s = valueOrRefuse(
      await repairMetadata(target.port, await ctx.plans(), {
        now: ctx.now(),
        generator: ctx.generator,
      }),
      target.name
    );
    const tr = ctx.translator();
    const what = tr.t("cli.out.repairWhat", {
      plan: s.planId,
      version: s.planVersion,
      period: s.period,
      sectors: s.sectors.join(", "),
    });
    const hidden =
      s.hidden.length > 0 ? tr.t("cli.out.repairHidden", { sheets: s.hidden.join(", ") }) : "";
    const wrote = (key: "cli.out.repaired" | "cli.out.repairSound"): string =>
      tr.t("cli.out.wrote", { file: displayPath(target.out), what: tr.t(key, { what, hidden }) });
    ctx.io.out(
      s.repaired
        ? wrote("cli.out.repaired")
        : s.hidden.length > 0
          ? wrote("cli.out.repairSound")
          : tr.t("cli.out.repairNothing", { file: target.name, what })
    );
  });
};

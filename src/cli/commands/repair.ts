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
    const what = `plan ${s.planId} version ${s.planVersion}, reporting year ${s.period}, sectors ${s.sectors.join(", ")}`;
    const hid = s.hidden.length > 0 ? `; ${s.hidden.join(", ")} very hidden again` : "";
    ctx.io.out(
      s.repaired
        ? `Wrote ${displayPath(target.out)}: its metadata sheet written back, recognised from its tables as ${what}${hid}`
        : s.hidden.length > 0
          ? `Wrote ${displayPath(target.out)}: its metadata is sound (${what})${hid}`
          : `${target.name}: its metadata is sound (${what}); nothing was written`
    );
  });
};

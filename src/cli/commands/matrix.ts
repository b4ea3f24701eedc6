import { askedLanguage } from "../asked-language";
import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";
import { valueOrRefuse } from "../cli-error";
import { message } from "../../core/i18n";
import { displayPath } from "../plan-directory";
import { rewriteOptions, RewriteOptions } from "../rewrite-options";

/** `kpi-report matrix`: (re)builds the Part II matrix sheets, in place or in a copy, and flags the gaps. */
export const matrixCommand: RegisterCommand = (program, ctx) => {
  rewriteOptions(
    program
      .command("matrix")
      .description(helpKey("cli.matrix.help"))
      .argument("<workbook.xlsx>", helpKey("cli.arg.workbook")),
    {
      copy: helpKey("cli.matrix.copy"),
      inPlace: helpKey("cli.matrix.inPlace"),
    }
  ).action(async (file: string, opts: RewriteOptions) => {
    const { buildMatrix, presentMatrix, rewritePort } = await import("../engine");
    const target = rewritePort(file, opts, message("cli.what.matrix"));
    const tr = ctx.translator();
    const view = presentMatrix(
      valueOrRefuse(
        await buildMatrix(target.port, await ctx.plans(), { language: askedLanguage(program) }),
        target.name
      ),
      tr
    );
    ctx.io.out(tr.t("cli.out.wrote", { file: displayPath(target.out), what: view.built }));
    if (view.flagged) ctx.io.out(view.flagged);
  });
};

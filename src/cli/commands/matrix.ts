import { buildMatrix } from "../../app";
import { presentMatrix } from "../../app/present";
import { askedLanguage } from "../asked-language";
import type { RegisterCommand } from "../cli-context";
import { valueOrRefuse } from "../cli-error";
import { rewriteOptions, rewritePort, RewriteOptions } from "../file-ports";
import { displayPath } from "../plan-directory";

/** `kpi-report matrix`: (re)builds the Part II matrix sheets, in place or in a copy, and flags the gaps. */
export const matrixCommand: RegisterCommand = (program, ctx) => {
  rewriteOptions(
    program
      .command("matrix")
      .description(
        "rebuild the Part II matrix sheets (objectives x goals, outputs x goals) from the workbook's own links"
      )
      .argument("<workbook.xlsx>", "the reporting workbook"),
    {
      copy: "write a copy with the matrix sheets",
      inPlace: "rewrite the workbook itself, replacing only the matrix sheets",
    }
  ).action(async (file: string, opts: RewriteOptions) => {
    const target = rewritePort(file, opts, "the matrix");
    const view = presentMatrix(
      valueOrRefuse(
        await buildMatrix(target.port, await ctx.plans(), { language: askedLanguage(program) }),
        target.name
      )
    );
    ctx.io.out(`Wrote ${displayPath(target.out)}: ${view.built}`);
    if (view.flagged) ctx.io.out(view.flagged);
  });
};

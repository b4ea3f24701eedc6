import { repairMetadata } from "../../app";
import type { RegisterCommand } from "../cli-context";
import { valueOrRefuse } from "../cli-error";
import { rewriteOptions, rewritePort, RewriteOptions } from "../file-ports";
import { displayPath } from "../plan-directory";

/** `kpi-report repair`: writes back the metadata sheet of a workbook that lost it; a sound one is left alone. */
export const repairCommand: RegisterCommand = (program, ctx) => {
  rewriteOptions(
    program
      .command("repair")
      .description(
        "write back the hidden metadata sheet of a reporting workbook that lost it, recognised from its own tables"
      )
      .argument("<workbook.xlsx>", "the reporting workbook"),
    {
      copy: "write a repaired copy",
      inPlace: "rewrite the workbook itself, replacing only the metadata sheet",
    }
  ).action(async (file: string, opts: RewriteOptions) => {
    const target = rewritePort(file, opts, "the repaired workbook");
    const s = valueOrRefuse(
      await repairMetadata(target.port, await ctx.plans(), {
        now: ctx.now(),
        generator: ctx.generator,
      }),
      target.name
    );
    const what = `plan ${s.planId} version ${s.planVersion}, reporting year ${s.period}, sectors ${s.sectors.join(", ")}`;
    ctx.io.out(
      s.repaired
        ? `Wrote ${displayPath(target.out)}: its metadata sheet written back, recognised from its tables as ${what}`
        : `${target.name}: its metadata is sound (${what}); nothing was written`
    );
  });
};

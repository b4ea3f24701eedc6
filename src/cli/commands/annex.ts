import { buildAnnex } from "../../app";
import { presentAnnex } from "../../app/present";
import type { RegisterCommand } from "../cli-context";
import { valueOrRefuse } from "../cli-error";
import { inputFile, newFilePort, outputPath } from "../file-ports";
import { displayPath } from "../plan-directory";

/** `kpi-report annex`: writes the Council annex as a new workbook, and the KPIs per status. */
export const annexCommand: RegisterCommand = (program, ctx) => {
  program
    .command("annex")
    .description(
      "write the Council annex: per sector Tables X.1 and X.2 with the year's status, Table 8.1, a status summary"
    )
    .argument("<workbook.xlsx>", "the reporting workbook")
    .requiredOption("--out <annex.xlsx>", "where to write the annex")
    .option("--force", "replace the --out file if it exists")
    .action(async (file: string, opts: { out: string; force?: boolean }) => {
      const source = inputFile(file);
      const out = outputPath(opts.out, [source.input]);
      const view = presentAnnex(
        valueOrRefuse(
          await buildAnnex(source.port, newFilePort(out, opts.force), await ctx.plans(), {
            now: ctx.now(),
          }),
          source.name
        )
      );
      ctx.io.out(`Wrote ${displayPath(out)}: ${view.made}`);
      ctx.io.out(view.statuses);
    });
};

import { buildAnnex } from "../../app";
import { presentAnnex } from "../../app/present";
import { askedLanguage } from "../asked-language";
import type { RegisterCommand } from "../cli-context";
import { CliError, valueOrRefuse } from "../cli-error";
import { inputFile, newFilePort, outputPath } from "../file-ports";
import { displayPath } from "../plan-directory";
import { findingsText } from "../print-findings";

/** `kpi-report annex`: writes the Council annex as a new workbook, and the KPIs per status. */
export const annexCommand: RegisterCommand = (program, ctx) => {
  program
    .command("annex")
    .description(
      "write the Council annex: per sector Tables X.1 and X.2 with the year's status, Table 8.1, a status summary"
    )
    .argument("<workbook.xlsx>", "the reporting workbook")
    .requiredOption("--out <annex.xlsx>", "where to write the annex")
    .option(
      "--draft",
      "write it even when validation finds errors, every sheet marked DRAFT, not validated"
    )
    .option("--force", "replace the --out file if it exists")
    .action(async (file: string, opts: { out: string; draft?: boolean; force?: boolean }) => {
      const source = inputFile(file);
      const out = outputPath(opts.out, [source.input]);
      const outcome = valueOrRefuse(
        await buildAnnex(source.port, newFilePort(out, opts.force), await ctx.plans(), {
          now: ctx.now(),
          draft: opts.draft === true,
          language: askedLanguage(program),
        }),
        source.name
      );
      const errors = outcome.validation.summary.errors;
      const plural = `${errors} error${errors === 1 ? "" : "s"}`;
      if (!outcome.written) {
        findingsText(source.name, outcome.validation, { severities: ["error"] }).forEach((line) =>
          ctx.io.out(line)
        );
        throw new CliError(
          `${source.name}: no annex: validation found ${plural} (listed above); fix them, or write a draft marked as such with --draft. Nothing was written.`,
          1
        );
      }
      const view = presentAnnex(outcome);
      ctx.io.out(
        `Wrote ${displayPath(out)}: ${outcome.draft ? `a DRAFT (validation found ${plural}; every sheet says DRAFT, not validated), ` : ""}${view.made}`
      );
      ctx.io.out(view.statuses);
    });
};

import { submitWorkbook } from "../../app";
import { presentStamp, say } from "../../app/present";
import type { RegisterCommand } from "../cli-context";
import { CliError, valueOrRefuse } from "../cli-error";
import { copyPort, inputFile, outputPath } from "../file-ports";
import { displayPath } from "../plan-directory";
import { findingsText } from "../print-findings";

/**
 * `kpi-report submit`: validates, then writes the stamped copy; a workbook with errors is refused with its errors
 * listed (the warnings counted), and nothing is written.
 */
export const submitCommand: RegisterCommand = (program, ctx) => {
  program
    .command("submit")
    .description(
      "stamp a workbook that passes validation for submission: a copy with a Submission sheet and a content hash"
    )
    .argument("<workbook.xlsx>", "the filled reporting workbook")
    .requiredOption("--out <submission.xlsx>", "where to write the stamped copy")
    .requiredOption("--preparer <name>", "who submits it, recorded in the stamp")
    .option("--force", "replace the --out file if it exists")
    .action(async (file: string, opts: { out: string; preparer: string; force?: boolean }) => {
      const source = inputFile(file);
      const out = outputPath(opts.out, [source.input]);
      // One port reads the workbook and writes the stamped copy to --out: the workbook is loaded once.
      const port = copyPort(source, out, opts.force);
      const outcome = valueOrRefuse(
        await submitWorkbook(port, port, await ctx.plans(), {
          preparer: opts.preparer,
          now: ctx.now(),
          generator: ctx.generator,
          language: ctx.askedLanguage(),
        }),
        source.name
      );
      if (!outcome.submitted) {
        const { summary } = outcome.validation;
        findingsText(source.name, outcome.validation, { severities: ["error"] }).forEach((line) =>
          ctx.io.out(line)
        );
        if (summary.warnings + summary.info > 0)
          ctx.io.out(
            `\n${say("findings.notListed", { warnings: summary.warnings, info: summary.info })}`
          );
        throw new CliError(say("stamp.refused", { file: source.name, errors: summary.errors }), 1);
      }
      const view = presentStamp(source.name, outcome.stamp);
      ctx.io.out(`Wrote ${displayPath(out)}: ${view.submitted}`);
      ctx.io.out(`  ${view.detail}`);
      ctx.io.out(`  ${view.hash}`);
    });
};

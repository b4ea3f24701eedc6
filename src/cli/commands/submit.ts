import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";
import { CliError, valueOrRefuse } from "../cli-error";
import { message } from "../../core/i18n";
import { displayPath } from "../plan-directory";

/**
 * `kpi-report submit`: validates, then writes the stamped copy; a workbook with errors is refused with its errors
 * listed (the warnings counted), and nothing is written.
 */
export const submitCommand: RegisterCommand = (program, ctx) => {
  program
    .command("submit")
    .description(helpKey("cli.submit.help"))
    .argument("<workbook.xlsx>", helpKey("cli.arg.filledWorkbook"))
    .requiredOption("--out <submission.xlsx>", helpKey("cli.submit.out"))
    .requiredOption("--preparer <name>", helpKey("cli.submit.preparer"))
    .option("--force", helpKey("cli.option.forceOut"))
    .action(async (file: string, opts: { out: string; preparer: string; force?: boolean }) => {
      const { copyPort, findingsText, inputFile, outputPath, presentStamp, say, submitWorkbook } =
        await import("../engine");
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
          translator: (language) => ctx.translator(language),
        }),
        source.name
      );
      const tr = ctx.translator(outcome.validation.language);
      if (!outcome.submitted) {
        const { summary } = outcome.validation;
        findingsText(source.name, outcome.validation, {
          severities: ["error"],
          translator: tr,
        }).forEach((line) => ctx.io.out(line));
        const { warnings, info } = summary;
        if (warnings + info > 0)
          ctx.io.out(`\n${say("findings.notListed", { warnings, info }, tr)}`);
        throw new CliError(
          message("stamp.refused", { file: source.name, errors: summary.errors }),
          1
        );
      }
      const view = presentStamp(source.name, outcome.stamp, {}, tr);
      ctx.io.out(tr.t("cli.out.wrote", { file: displayPath(out), what: view.submitted }));
      ctx.io.out(`  ${view.detail}`);
      ctx.io.out(`  ${view.hash}`);
    });
};

import { askedLanguage } from "../asked-language";
import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";
import { CliError, valueOrRefuse } from "../cli-error";
import { message } from "../../core/i18n";
import { displayPath } from "../plan-directory";

/** `kpi-report annex`: writes the Council annex as a new workbook, and the KPIs per status. */
export const annexCommand: RegisterCommand = (program, ctx) => {
  program
    .command("annex")
    .description(helpKey("cli.annex.help"))
    .argument("<workbook.xlsx>", helpKey("cli.arg.workbook"))
    .requiredOption("--out <annex.xlsx>", helpKey("cli.annex.out"))
    .option("--draft", helpKey("cli.annex.draft"))
    .option("--force", helpKey("cli.option.forceOut"))
    .action(async (file: string, opts: { out: string; draft?: boolean; force?: boolean }) => {
      const { buildAnnex, findingsText, inputFile, newFilePort, outputPath, presentAnnex } =
        await import("../engine");
      const source = inputFile(file);
      const out = outputPath(opts.out, [source.input]);
      const outcome = valueOrRefuse(
        await buildAnnex(source.port, newFilePort(out, opts.force), await ctx.plans(), {
          now: ctx.now(),
          draft: opts.draft === true,
          language: askedLanguage(program),
          translator: (language) => ctx.translator(language),
        }),
        source.name
      );
      const errors = outcome.validation.summary.errors;
      if (!outcome.written) {
        findingsText(source.name, outcome.validation, {
          severities: ["error"],
          translator: ctx.translator(outcome.validation.language),
        }).forEach((line) => ctx.io.out(line));
        throw new CliError(
          message("error.cli.noAnnex", { file: source.name, errors, draft: "--draft" }),
          1
        );
      }
      const tr = ctx.translator(outcome.language);
      const view = presentAnnex(outcome, tr);
      const what = outcome.draft
        ? tr.t("cli.out.annexDraft", { errors, made: view.made })
        : view.made;
      ctx.io.out(tr.t("cli.out.wrote", { file: displayPath(out), what }));
      ctx.io.out(view.statuses);
    });
};

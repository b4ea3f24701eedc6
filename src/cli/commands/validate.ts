import { resolve } from "node:path";
import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";
import { CliError, valueOrRefuse } from "../cli-error";
import { message, type MessageKey } from "../../core/i18n";
import { displayPath } from "../plan-directory";

/** `kpi-report validate`: the findings as a report or JSON, and optionally a checked copy and a CSV. */
export const validateCommand: RegisterCommand = (program, ctx) => {
  program
    .command("validate")
    .description(helpKey("cli.validate.help"))
    .argument("<file.xlsx>", helpKey("cli.validate.file"))
    .option("--json", helpKey("cli.validate.json"))
    .option("--out <checked.xlsx>", helpKey("cli.validate.out"))
    .option("--csv <findings.csv>", helpKey("cli.validate.csv"))
    .option("--force", helpKey("cli.validate.force"))
    .action(
      async (
        file: string,
        opts: { json?: boolean; out?: string; csv?: string; force?: boolean }
      ) => {
        const {
          checkWritable,
          copyPort,
          findingsCsv,
          findingsJson,
          findingsText,
          inputFile,
          outputPath,
          validateWorkbook,
          writeFileAtomic,
        } = await import("../engine");
        const source = inputFile(file);
        const out = opts.out === undefined ? undefined : outputPath(opts.out, [source.input]);
        const csv = opts.csv === undefined ? undefined : resolve(opts.csv);
        if (csv !== undefined && (csv === source.input || csv === out || !/\.csv$/i.test(csv)))
          throw new CliError(
            message("error.cli.csvMustBeNew", { file: opts.csv ?? "", csv: "--csv", ext: ".csv" })
          );
        for (const target of [out, csv]) if (target) checkWritable(target, opts.force === true);
        // A catalog that can list the plans: a workbook that lost its metadata is recognised from its tables.
        const outcome = valueOrRefuse(
          await validateWorkbook(
            out ? copyPort(source, out, opts.force) : source.port,
            await ctx.plans(),
            {
              mark: out !== undefined,
              now: ctx.now(),
              // The findings in --lang's language, else the workbook's own.
              translator: (language) => ctx.translator(language),
            }
          ),
          source.name
        );
        const translator = ctx.translator(outcome.language);
        if (csv)
          await writeFileAtomic(
            csv,
            new TextEncoder().encode(findingsCsv({ file: source.name, ...outcome }, translator)),
            { force: opts.force === true }
          );
        if (opts.json) ctx.io.out(JSON.stringify(findingsJson(source.name, outcome), null, 2));
        else {
          findingsText(source.name, outcome, { translator }).forEach((line) => ctx.io.out(line));
          const wrote = (file: string, what: MessageKey): string =>
            translator.t("cli.out.wrote", { file: displayPath(file), what: translator.t(what) });
          if (out) ctx.io.out(`\n${wrote(out, "cli.out.validationSheet")}`);
          if (csv) ctx.io.out(`${out ? "" : "\n"}${wrote(csv, "cli.out.findingsCsv")}`);
        }
        ctx.exitWith(outcome.summary.errors > 0 ? 1 : 0);
      }
    );
};

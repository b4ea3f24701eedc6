import { resolve } from "node:path";
import { validateWorkbook } from "../../app";
import { writeFileAtomic } from "../../adapters/xlsx";
import { findingsCsv } from "../../core/rules";
import { checkWritable } from "../check-writable";
import type { RegisterCommand } from "../cli-context";
import { CliError, valueOrRefuse } from "../cli-error";
import { copyPort, inputFile, outputPath } from "../file-ports";
import { displayPath } from "../plan-directory";
import { findingsJson, findingsText } from "../print-findings";

/** `kpi-report validate`: the findings as a report or JSON, and optionally a checked copy and a CSV. */
export const validateCommand: RegisterCommand = (program, ctx) => {
  program
    .command("validate")
    .description(
      "check a filled reporting workbook: values against targets, and the plan's linkage rules"
    )
    .argument("<file.xlsx>", "the workbook to check")
    .option("--json", "print the findings as JSON")
    .option(
      "--out <checked.xlsx>",
      "also write a copy with each finding's cell highlighted and a Validation sheet"
    )
    .option("--csv <findings.csv>", "also write the findings as CSV, safe to open in Excel")
    .option("--force", "replace the --out and --csv files if they exist")
    .action(
      async (
        file: string,
        opts: { json?: boolean; out?: string; csv?: string; force?: boolean }
      ) => {
        const source = inputFile(file);
        const out = opts.out === undefined ? undefined : outputPath(opts.out, [source.input]);
        const csv = opts.csv === undefined ? undefined : resolve(opts.csv);
        if (csv !== undefined && (csv === source.input || csv === out || !/\.csv$/i.test(csv)))
          throw new CliError(`${opts.csv}: --csv must be a new .csv file`);
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
          if (out)
            ctx.io.out(
              `\nWrote ${displayPath(out)}: the findings on its Validation sheet, their cells highlighted`
            );
          if (csv) ctx.io.out(`${out ? "" : "\n"}Wrote ${displayPath(csv)}: the findings as CSV`);
        }
        ctx.exitWith(outcome.summary.errors > 0 ? 1 : 0);
      }
    );
};

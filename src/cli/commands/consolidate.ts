import { InvalidArgumentError } from "commander";
import { consolidateSubmissions } from "../../app";
import { presentConsolidation, presentRefusal } from "../../app/present";
import type { RegisterCommand } from "../cli-context";
import { CliError } from "../cli-error";
import { inputFile, newFilePort, outputPath } from "../file-ports";
import { displayPath } from "../plan-directory";

/** What would allow what consolidation refused, by kind of problem: the option to give. */
const HINTS = {
  unverified: "--allow-unverified includes it, marked as not verified",
  duplicate: "--prefer newer keeps the one stamped last",
};

/** `kpi-report consolidate`: merges sector submissions into the Council's workbook, or says why not. */
export const consolidateCommand: RegisterCommand = (program, ctx) => {
  program
    .command("consolidate")
    .description(
      "merge sector submissions of one plan and reporting year into one all-sector workbook"
    )
    .argument("<submission.xlsx...>", "stamped submissions, one per sector")
    .requiredOption("--out <council.xlsx>", "where to write the consolidated workbook")
    .option(
      "--prefer <newer>",
      "where two submissions hold one sector, keep the one stamped last (the only choice: newer)",
      (value: string) => {
        if (value !== "newer") throw new InvalidArgumentError('the only choice is "newer"');
        return value;
      }
    )
    .option(
      "--allow-unverified",
      "include unstamped or changed submissions, marked as not verified"
    )
    .option("--preparer <name>", "who consolidates, recorded in the workbook's own stamp")
    .option("--force", "replace the --out file if it exists")
    .action(
      async (
        files: string[],
        opts: {
          out: string;
          prefer?: string;
          allowUnverified?: boolean;
          preparer?: string;
          force?: boolean;
        }
      ) => {
        const sources = files.map(inputFile);
        const twice = sources.find((f, i) => sources.findIndex((g) => g.input === f.input) !== i);
        if (twice) throw new CliError(`${twice.name}: is given twice; give each submission once`);
        const out = outputPath(
          opts.out,
          sources.map((s) => s.input)
        );
        const result = await consolidateSubmissions(
          sources,
          newFilePort(out, opts.force),
          await ctx.plans(),
          {
            preferNewer: opts.prefer === "newer",
            allowUnverified: opts.allowUnverified === true,
            preparer: (opts.preparer ?? "").trim(),
            now: ctx.now(),
            generator: ctx.generator,
            language: ctx.askedLanguage(),
          }
        );
        if (!result.ok)
          throw new CliError(
            presentRefusal(result.errors, HINTS).join("\n"),
            result.errors.some((p) => p.kind === "unusable") ? 2 : 1
          );
        const view = presentConsolidation(result.value);
        ctx.io.out(`Wrote ${displayPath(out)}: ${view.made}`);
        for (const s of view.sectors) ctx.io.out(`  ${s.sector.padEnd(8)}${s.text}`);
        ctx.io.out(`  ${view.stamped} (kpi-report verify checks it)`);
      }
    );
};

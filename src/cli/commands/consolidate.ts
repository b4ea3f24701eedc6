import { InvalidArgumentError } from "commander";
import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";
import { CliError } from "../cli-error";
import { message, type Translator } from "../../core/i18n";
import { displayPath } from "../plan-directory";

/** What would allow what consolidation refused, by kind of problem: the option to give, in the run's language. */
const hints = (tr: Translator): Record<"unverified" | "duplicate", string> => ({
  unverified: tr.t("error.consolidate.hintUnverified", { option: "--allow-unverified" }),
  duplicate: tr.t("error.consolidate.hintDuplicate", { option: "--prefer newer" }),
});

/** `kpi-report consolidate`: merges sector submissions into the Council's workbook, or says why not. */
export const consolidateCommand: RegisterCommand = (program, ctx) => {
  program
    .command("consolidate")
    .description(helpKey("cli.consolidate.help"))
    .argument("<submission.xlsx...>", helpKey("cli.consolidate.submissions"))
    .requiredOption("--out <council.xlsx>", helpKey("cli.consolidate.out"))
    .option("--prefer <newer>", helpKey("cli.consolidate.prefer"), (value: string) => {
      if (value !== "newer") throw new InvalidArgumentError(helpKey("cli.consolidate.onlyNewer"));
      return value;
    })
    .option("--allow-unverified", helpKey("cli.consolidate.allowUnverified"))
    .option("--preparer <name>", helpKey("cli.consolidate.preparer"))
    .option("--force", helpKey("cli.option.forceOut"))
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
        const {
          consolidateSubmissions,
          inputFile,
          newFilePort,
          outputPath,
          presentConsolidation,
          presentRefusal,
        } = await import("../engine");
        const sources = files.map(inputFile);
        const twice = sources.find((f, i) => sources.findIndex((g) => g.input === f.input) !== i);
        if (twice) throw new CliError(message("error.cli.givenTwice", { file: twice.name }));
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
            presentRefusal(result.errors, hints(ctx.translator()), ctx.translator()),
            result.errors.some((p) => p.kind === "unusable") ? 2 : 1
          );
        const tr = ctx.translator();
        const view = presentConsolidation(result.value, tr);
        ctx.io.out(tr.t("cli.out.wrote", { file: displayPath(out), what: view.made }));
        for (const s of view.sectors) ctx.io.out(`  ${s.sector.padEnd(8)}${s.text}`);
        const command = "kpi-report verify";
        ctx.io.out(`  ${tr.t("cli.out.verifyChecks", { stamped: view.stamped, command })}`);
      }
    );
};

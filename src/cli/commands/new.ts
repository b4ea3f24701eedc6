import { InvalidArgumentError } from "commander";
import { resolve } from "node:path";
import type { EntriesFile } from "../../core/layout";
import type { Plan } from "../../core/plan";
import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";
import { CliError } from "../cli-error";
import { message } from "../../core/i18n";
import { displayPath, readPlanById, readUtf8 } from "../plan-directory";

const year = (value: string): number => {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(helpKey("cli.new.yearExpected"));
  return Number(value);
};
const collect = (value: string, previous: string[]): string[] => [
  ...previous,
  ...value.split(",").filter((v) => v !== ""),
];

/**
 * The values of a values file for this plan (KPI entries and resources), refused (naming the file and JSON path)
 * where any has no KPI, output, objective or goal of the plan.
 */
const readValues = async (file: string, plan: Plan): Promise<EntriesFile> => {
  const { entriesOutsidePlan, parseEntriesFile, sayPlanFileError } = await import("../engine");
  const name = displayPath(resolve(file));
  const parsed = parseEntriesFile(name, await readUtf8(resolve(file)));
  if (!parsed.ok) throw new CliError(parsed.errors.map(sayPlanFileError));
  if (parsed.value.plan !== plan.id)
    throw new CliError(
      message("error.cli.valuesOfOtherPlan", { file, plan: parsed.value.plan, expected: plan.id })
    );
  const outside = entriesOutsidePlan(name, plan, parsed.value.entries, parsed.value.resources);
  if (outside.length > 0) throw new CliError(outside.map(sayPlanFileError));
  return parsed.value;
};

/** `kpi-report new`: writes a new reporting workbook, and says what it holds and how its year was chosen. */
export const newCommand: RegisterCommand = (program, ctx) => {
  program
    .command("new")
    .description(helpKey("cli.new.help"))
    .requiredOption("--plan <id>", helpKey("cli.new.plan"))
    .option("--sector <id>", helpKey("cli.new.sector"), collect, [])
    .option("--period <year>", helpKey("cli.new.period"), year)
    .option("--values <file.json>", helpKey("cli.new.values"))
    .requiredOption("--out <file.xlsx>", helpKey("cli.new.out"))
    .option("--force", helpKey("cli.new.force"))
    .action(
      async (opts: {
        plan: string;
        sector: string[];
        period?: number;
        values?: string;
        out: string;
        force?: boolean;
      }) => {
        const { insertWorkbook, newFilePort, presentInsert } = await import("../engine");
        const plan = await readPlanById(ctx.plansDir(), opts.plan);
        const values = opts.values === undefined ? undefined : await readValues(opts.values, plan);
        const out = resolve(opts.out);
        if (!out.toLowerCase().endsWith(".xlsx"))
          throw new CliError(message("error.cli.outMustBeXlsx", { file: opts.out }));
        const language = ctx.workbookLanguage();
        const result = await insertWorkbook(newFilePort(out, opts.force), plan, {
          language,
          sectors: opts.sector,
          ...(opts.period === undefined ? {} : { period: opts.period }),
          ...(values ? { entries: values.entries, resources: values.resources } : {}),
          now: ctx.now(),
          generator: ctx.generator,
        });
        if (!result.ok) throw new CliError(result.errors);
        const tr = ctx.translator(language);
        const view = presentInsert(result.value, { valuesFile: opts.values ?? "" }, tr);
        ctx.io.out(tr.t("cli.out.wrote", { file: displayPath(out), what: view.made }));
        if (view.period)
          ctx.io.out(
            `  ${tr.t("cli.out.givePeriod", { chosen: view.period, option: "--period <year>" })}`
          );
        view.values.forEach((line) => ctx.io.out(`  ${line}`));
      }
    );
};

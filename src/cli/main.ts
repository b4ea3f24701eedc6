import { Command, CommanderError, InvalidArgumentError } from "commander";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  buildAnnex,
  buildMatrix,
  consolidateSubmissions,
  insertWorkbook,
  repairMetadata,
  submitWorkbook,
  upgradeWorkbook,
  validateWorkbook,
  verifySubmission,
} from "../app";
import { XlsxFilePort, FileExistsError, FileWriteError, WorkbookReadError } from "../adapters/xlsx";
import { formatPlanFileError, PlanFinder, planFinder, planJsonSchema } from "../core/plan";
import { findingsCsv, findingsJson, formatFindingsText } from "../core/rules";
import { entriesOutsidePlan, parseEntriesFile } from "../core/layout";
import { writeFileAtomic } from "../adapters/xlsx";
import { formatVerification, verificationJson } from "../core/submission";
import { checkWritable } from "./check-writable";
import { describeCell } from "../core/snapshot";
import { CliError } from "./cli-error";
import { runDemo } from "./demo";
import {
  defaultPlansDir,
  displayPath,
  readPlanById,
  readPlanDirectory,
  readUtf8,
} from "./plan-directory";

/** Where output goes: the CLI's only contact with the console, so tests can capture it. */
export interface Console {
  out(line: string): void;
  err(line: string): void;
}

const packageVersion = (): string => {
  try {
    return (
      JSON.parse(readFileSync(resolve(__dirname, "..", "..", "package.json"), "utf8")) as {
        version: string;
      }
    ).version;
  } catch {
    return "0.0.0";
  }
};

export const GENERATOR = `kpi-reporter ${packageVersion()}`;

const year = (value: string): number => {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError("a year such as 2013");
  return Number(value);
};
const collect = (value: string, previous: string[]): string[] => [
  ...previous,
  ...value.split(",").filter((v) => v !== ""),
];

/** The loadable plans of the folder, to find by id or to recognise a workbook by; broken files are skipped here (kpi-report plans names them). */
const installedPlans = async (dir: string): Promise<PlanFinder> =>
  planFinder((await readPlanDirectory(dir)).flatMap((r) => (r.ok ? [r.value] : [])));

/** An output path for a command: an .xlsx file that is none of its inputs, which are never changed. */
const outputPath = (given: string, inputs: readonly string[]): string => {
  const out = resolve(given);
  if (inputs.includes(out))
    throw new CliError(`${given}: --out must be a new file; the input is never changed`);
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new CliError(`${given}: the output must be an .xlsx file`);
  return out;
};

/** The options of `kpi-report validate`. */
interface ValidateOptions {
  json?: boolean;
  out?: string;
  csv?: string;
  force?: boolean;
}

/** Where a command that changes a workbook writes: over it (`--in-place`) or to a new copy (`--out`). */
interface RewriteOptions {
  out?: string;
  inPlace?: boolean;
  force?: boolean;
}

/**
 * The port of a command that changes a workbook, writing over it with --in-place or to a new copy with --out
 * (exactly one of them), and the path the result goes to. `what` names the result in the message.
 */
const rewritePort = (
  file: string,
  opts: RewriteOptions,
  what: string
): { input: string; out: string; port: XlsxFilePort } => {
  const input = resolve(file);
  if ((opts.out === undefined) === (opts.inPlace !== true))
    throw new CliError(
      `${file}: say where ${what} goes: --out <copy.xlsx> for a copy, or --in-place to rewrite the workbook`
    );
  if (opts.out !== undefined && resolve(opts.out) === input)
    throw new CliError(
      `${opts.out}: --out must be a new file; use --in-place to rewrite the workbook`
    );
  const out = opts.out === undefined ? input : outputPath(opts.out, [input]);
  const port = new XlsxFilePort(input, {
    force: opts.inPlace === true || opts.force === true,
    displayName: displayPath(input),
    ...(opts.out === undefined ? {} : { saveTo: out }),
  });
  return { input, out, port };
};

/** What a run ends with: a command that finished but has findings to report sets exit code 1. */
interface RunState {
  exitCode: number;
}

const buildProgram = (io: Console, now: () => Date, state: RunState): Command => {
  const program = new Command("kpi-report")
    .description(
      "KPI reporting on a strategic plan: build, check and submit the reporting workbook"
    )
    .version(packageVersion())
    .option("--plans-dir <dir>", "folder of plan files", defaultPlansDir())
    .option("--debug", "show stack traces of unexpected errors")
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, "")),
      writeErr: (s) => io.err(s.replace(/\n$/, "")),
    })
    .exitOverride();
  const plansDir = (): string => resolve(program.opts<{ plansDir: string }>().plansDir);

  program
    .command("plans")
    .description("list the plans in the plan folder")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const results = await readPlanDirectory(plansDir());
      const plans = results.flatMap((r) => (r.ok ? [r.value] : []));
      const rows = plans.map((p) => ({
        id: p.id,
        title: p.title,
        period: `${p.period.start}-${p.period.end}`,
        sectors: p.sectors.map((s) => s.id),
        version: p.version,
      }));
      if (opts.json) io.out(JSON.stringify(rows, null, 2));
      else
        rows.forEach((r) =>
          io.out(`${r.id}\t${r.period}\t${r.sectors.join(", ")}\t${r.title} (version ${r.version})`)
        );
      const broken = results.flatMap((r) => (r.ok ? [] : r.errors));
      if (broken.length > 0) throw new CliError(broken.map(formatPlanFileError).join("\n"));
    });

  program
    .command("new")
    .description("write a new reporting workbook for a plan")
    .requiredOption("--plan <id>", "plan id (see kpi-report plans)")
    .option(
      "--sector <id>",
      "a sector to include (repeat, or separate with commas); all when omitted",
      collect,
      []
    )
    .option(
      "--period <year>",
      "the reporting year (default: this year, within the plan's period)",
      year
    )
    .option(
      "--values <file.json>",
      "pre-fill KPI values, budgets and expenditure from a values file"
    )
    .requiredOption("--out <file.xlsx>", "where to write the workbook")
    .option("--force", "replace the output file if it exists")
    .action(
      async (opts: {
        plan: string;
        sector: string[];
        period?: number;
        values?: string;
        out: string;
        force?: boolean;
      }) => {
        const plan = await readPlanById(plansDir(), opts.plan);
        let entries;
        let resources;
        if (opts.values) {
          const parsed = parseEntriesFile(
            displayPath(resolve(opts.values)),
            await readUtf8(resolve(opts.values))
          );
          if (!parsed.ok) throw new CliError(parsed.errors.map(formatPlanFileError).join("\n"));
          if (parsed.value.plan !== plan.id) {
            throw new CliError(
              `${opts.values}: holds values for plan ${parsed.value.plan}, not ${plan.id}`
            );
          }
          const outside = entriesOutsidePlan(
            displayPath(resolve(opts.values)),
            plan,
            parsed.value.entries,
            parsed.value.resources
          );
          if (outside.length > 0) throw new CliError(outside.map(formatPlanFileError).join("\n"));
          entries = parsed.value.entries;
          resources = parsed.value.resources;
        }
        const out = resolve(opts.out);
        if (!out.toLowerCase().endsWith(".xlsx"))
          throw new CliError(`${opts.out}: the output must be an .xlsx file`);
        const result = await insertWorkbook(
          new XlsxFilePort(out, { force: opts.force === true }),
          plan,
          {
            sectors: opts.sector,
            ...(opts.period === undefined ? {} : { period: opts.period }),
            ...(entries ? { entries } : {}),
            ...(resources ? { resources } : {}),
            now: now(),
            generator: GENERATOR,
          }
        );
        if (!result.ok) throw new CliError(result.errors.join("\n"));
        const s = result.value;
        io.out(
          `Wrote ${displayPath(out)}: plan ${s.planId}, reporting year ${s.period}, sectors ${s.sectors.join(", ")} ` +
            `(${s.objectives} objectives, ${s.outputs} outputs, ${s.kpis} KPIs on ${s.sheets} sheets)`
        );
      }
    );

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
    .action(async (file: string, opts: ValidateOptions) => {
      const input = resolve(file);
      const out = opts.out === undefined ? undefined : outputPath(opts.out, [input]);
      const csv = opts.csv === undefined ? undefined : resolve(opts.csv);
      if (csv !== undefined && (csv === input || csv === out || !/\.csv$/i.test(csv)))
        throw new CliError(`${opts.csv}: --csv must be a new .csv file`);
      for (const target of [out, csv]) if (target) checkWritable(target, opts.force === true);
      const findPlan = await installedPlans(plansDir());
      const port = new XlsxFilePort(input, {
        force: opts.force === true,
        displayName: displayPath(input),
        ...(out ? { saveTo: out } : {}),
      });
      // A finder that can list the plans: a workbook that lost its metadata is recognised from its tables.
      const result = await validateWorkbook(port, findPlan, {
        mark: out !== undefined,
        now: now(),
      });
      if (!result.ok) throw new CliError(`${displayPath(input)}: ${result.errors.join("; ")}`);
      const report = { file: displayPath(input), ...result.value };
      if (csv)
        await writeFileAtomic(csv, new TextEncoder().encode(findingsCsv(report)), {
          force: opts.force === true,
        });
      if (opts.json) io.out(JSON.stringify(findingsJson(report), null, 2));
      else {
        formatFindingsText(report).forEach((line) => io.out(line));
        if (out)
          io.out(
            `\nWrote ${displayPath(out)}: the findings on its Validation sheet, their cells highlighted`
          );
        if (csv) io.out(`${out ? "" : "\n"}Wrote ${displayPath(csv)}: the findings as CSV`);
      }
      state.exitCode = result.value.summary.errors > 0 ? 1 : 0;
    });

  program
    .command("submit")
    .description(
      "stamp a workbook that passes validation for submission: a copy with a Submission sheet and a content hash"
    )
    .argument("<workbook.xlsx>", "the filled reporting workbook")
    .requiredOption("--out <submission.xlsx>", "where to write the stamped copy")
    .option("--preparer <name>", "who submits it, recorded in the stamp", "")
    .option("--force", "replace the --out file if it exists")
    .action(async (file: string, opts: { out: string; preparer: string; force?: boolean }) => {
      const input = resolve(file);
      const out = outputPath(opts.out, [input]);
      const findPlan = await installedPlans(plansDir());
      const name = displayPath(input);
      const source = new XlsxFilePort(input, { force: false, displayName: name });
      const target = new XlsxFilePort(input, {
        force: opts.force === true,
        displayName: name,
        saveTo: out,
      });
      const result = await submitWorkbook(source, target, findPlan, {
        preparer: opts.preparer.trim(),
        now: now(),
        generator: GENERATOR,
      });
      if (!result.ok) throw new CliError(`${name}: ${result.errors.join("; ")}`);
      const outcome = result.value;
      if (!outcome.submitted) {
        formatFindingsText({ file: name, ...outcome.validation }).forEach((line) => io.out(line));
        throw new CliError(
          `${name}: not submitted: validation found ${outcome.validation.summary.errors} error${outcome.validation.summary.errors === 1 ? "" : "s"} (listed above); fix them and submit again. Nothing was written.`,
          1
        );
      }
      const { stamp } = outcome;
      io.out(
        `Wrote ${displayPath(out)}: ${name} stamped for submission (plan ${stamp.planId}, reporting year ${stamp.period}, sectors ${stamp.sectors.join(", ")})`
      );
      io.out(
        `  preparer ${stamp.preparer || "(not given)"}, stamped ${stamp.stampedAt}; validation: 0 errors, ${stamp.summary.warnings} warnings, ${stamp.summary.info} info`
      );
      io.out(`  ${stamp.hashAlgorithm} ${stamp.contentHash} over ${stamp.canonicalCells} cells`);
    });

  program
    .command("verify")
    .description("say whether a stamped submission's content is unchanged since it was stamped")
    .argument("<submission.xlsx>", "a workbook written by kpi-report submit")
    .option("--json", "print the result as JSON")
    .action(async (file: string, opts: { json?: boolean }) => {
      const input = resolve(file);
      const name = displayPath(input);
      const findPlan = await installedPlans(plansDir());
      const result = await verifySubmission(
        new XlsxFilePort(input, { force: false, displayName: name }),
        findPlan
      );
      if (!result.ok) throw new CliError(`${name}: ${result.errors.join("; ")}`);
      if (opts.json) io.out(JSON.stringify(verificationJson(name, result.value), null, 2));
      else formatVerification(name, result.value).forEach((line) => io.out(line));
      state.exitCode = result.value.unchanged ? 0 : 1;
    });

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
    .option("--preparer <name>", "who consolidates, recorded in the workbook's own stamp", "")
    .option("--force", "replace the --out file if it exists")
    .action(
      async (
        files: string[],
        opts: {
          out: string;
          prefer?: string;
          allowUnverified?: boolean;
          preparer: string;
          force?: boolean;
        }
      ) => {
        const inputs = files.map((f) => resolve(f));
        const twice = inputs.filter((f, i) => inputs.indexOf(f) !== i);
        if (twice.length > 0)
          throw new CliError(
            `${displayPath(twice[0] ?? "")}: is given twice; give each submission once`
          );
        const out = outputPath(opts.out, inputs);
        const findPlan = await installedPlans(plansDir());
        const result = await consolidateSubmissions(
          inputs.map((input) => ({
            name: displayPath(input),
            port: new XlsxFilePort(input, { force: false, displayName: displayPath(input) }),
          })),
          new XlsxFilePort(out, { force: opts.force === true }),
          findPlan,
          {
            preferNewer: opts.prefer === "newer",
            allowUnverified: opts.allowUnverified === true,
            preparer: opts.preparer.trim(),
            now: now(),
            generator: GENERATOR,
          }
        );
        if (!result.ok) {
          const hint: Record<string, string> = {
            unverified: " (--allow-unverified includes it, marked as not verified)",
            duplicate: " (--prefer newer keeps the one stamped last)",
          };
          const unusable = result.errors.some((p) => p.kind === "unusable");
          throw new CliError(
            [
              ...result.errors.map((p) => `${p.message}${hint[p.kind] ?? ""}`),
              "Nothing was written.",
            ].join("\n"),
            unusable ? 2 : 1
          );
        }
        const c = result.value;
        io.out(
          `Wrote ${displayPath(out)}: plan ${c.planId}, reporting year ${c.period}, sectors ${c.chosen.map((s) => s.sector.id).join(", ")}`
        );
        for (const s of c.chosen)
          io.out(
            `  ${s.sector.id.padEnd(8)}from ${s.source.file}${s.trust === "verified" ? "" : `  NOT VERIFIED (${s.trust === "changed" ? "changed after stamping" : "no readable stamp"}), marked in the workbook`}`
          );
        for (const s of c.skipped) io.out(`  ${s.sector.padEnd(8)}not from ${s.file}: ${s.reason}`);
        io.out(
          `  stamped: ${c.stamp.hashAlgorithm} ${c.stamp.contentHash} over ${c.stamp.canonicalCells} cells (kpi-report verify checks it)`
        );
      }
    );

  program
    .command("matrix")
    .description(
      "rebuild the Part II matrix sheets (objectives x goals, outputs x goals) from the workbook's own links"
    )
    .argument("<workbook.xlsx>", "the reporting workbook")
    .option("--out <copy.xlsx>", "write a copy with the matrix sheets")
    .option("--in-place", "rewrite the workbook itself, replacing only the matrix sheets")
    .option("--force", "replace the --out file if it exists")
    .action(async (file: string, opts: RewriteOptions) => {
      const { input, out, port } = rewritePort(file, opts, "the matrix");
      const findPlan = await installedPlans(plansDir());
      const result = await buildMatrix(port, findPlan);
      if (!result.ok) throw new CliError(`${displayPath(input)}: ${result.errors.join("; ")}`);
      const s = result.value;
      io.out(
        `Wrote ${displayPath(out)}: sheets ${s.sheets.map((n) => `'${n}'`).join(" and ")} ` +
          `(${s.objectives} objectives and ${s.outputs} outputs against ${s.goals} goals)`
      );
      const named = (items: readonly string[]): string =>
        items.length <= 5 ? `: ${items.join(", ")}` : "";
      const gaps = [
        ...(s.objectivesWithoutGoal.length > 0
          ? [
              `${s.objectivesWithoutGoal.length} of ${s.objectives} objectives linked to no goal${named(s.objectivesWithoutGoal)}`,
            ]
          : []),
        ...(s.goalsWithoutObjective.length > 0
          ? [
              `${s.goalsWithoutObjective.length} of ${s.goals} goals served by no objective${named(s.goalsWithoutObjective)}`,
            ]
          : []),
      ];
      if (gaps.length > 0) io.out(`Flagged: ${gaps.join("; ")}`);
    });

  program
    .command("repair")
    .description(
      "write back the hidden metadata sheet of a reporting workbook that lost it, recognised from its own tables"
    )
    .argument("<workbook.xlsx>", "the reporting workbook")
    .option("--out <copy.xlsx>", "write a repaired copy")
    .option("--in-place", "rewrite the workbook itself, replacing only the metadata sheet")
    .option("--force", "replace the --out file if it exists")
    .action(async (file: string, opts: RewriteOptions) => {
      const { input, out, port } = rewritePort(file, opts, "the repaired workbook");
      const findPlan = await installedPlans(plansDir());
      const result = await repairMetadata(port, findPlan, {
        now: now(),
        generator: GENERATOR,
      });
      if (!result.ok) throw new CliError(`${displayPath(input)}: ${result.errors.join("; ")}`);
      const s = result.value;
      const what = `plan ${s.planId} version ${s.planVersion}, reporting year ${s.period}, sectors ${s.sectors.join(", ")}`;
      io.out(
        s.repaired
          ? `Wrote ${displayPath(out)}: its metadata sheet written back, recognised from its tables as ${what}`
          : `${displayPath(input)}: its metadata is sound (${what}); nothing was written`
      );
    });

  program
    .command("upgrade")
    .description(
      "rebuild a filled workbook from the current version of its plan, keeping every value; list what has no place"
    )
    .argument("<workbook.xlsx>", "the filled reporting workbook")
    .option("--out <new.xlsx>", "write the upgraded workbook as a copy")
    .option("--in-place", "rewrite the workbook itself")
    .option("--plan <id>", "the plan to upgrade to (default: the one the workbook names)")
    .option("--force", "replace the --out file if it exists")
    .action(async (file: string, opts: RewriteOptions & { plan?: string }) => {
      const { input, out, port } = rewritePort(file, opts, "the upgraded workbook");
      const findPlan = await installedPlans(plansDir());
      const plan = opts.plan === undefined ? undefined : await readPlanById(plansDir(), opts.plan);
      const name = displayPath(input);
      const result = await upgradeWorkbook(port, findPlan, {
        ...(plan ? { plan } : {}),
        now: now(),
        generator: GENERATOR,
      });
      if (!result.ok) throw new CliError(`${name}: ${result.errors.join("; ")}`);
      const u = result.value;
      io.out(
        `Wrote ${displayPath(out)}: ${name} rebuilt from plan ${u.planId} version ${u.toVersion} (it was made from version ${u.fromVersion || "unknown"}), reporting year ${u.period}, sectors ${u.sectors.join(", ")}`
      );
      io.out(
        `  carried ${u.placed} value${u.placed === 1 ? "" : "s"}, each to the same id and column`
      );
      if (u.notPlaced.length === 0) {
        io.out("  every value has its place");
        return;
      }
      io.out(
        `  ${u.notPlaced.length} value${u.notPlaced.length === 1 ? "" : "s"} not placed, listed on sheet 'Not placed':`
      );
      for (const n of u.notPlaced)
        io.out(
          `  ${n.sheet}!${n.cell}${n.rowId ? ` ${n.rowId}` : ""}${n.column ? ` / ${n.column}` : ""}: ${describeCell(n.value)}: ${n.reason}`
        );
      state.exitCode = 1;
    });

  program
    .command("annex")
    .description(
      "write the Council annex: per sector Tables X.1 and X.2 with the year's status, Table 8.1, a status summary"
    )
    .argument("<workbook.xlsx>", "the reporting workbook")
    .requiredOption("--out <annex.xlsx>", "where to write the annex")
    .option("--force", "replace the --out file if it exists")
    .action(async (file: string, opts: { out: string; force?: boolean }) => {
      const input = resolve(file);
      const out = outputPath(opts.out, [input]);
      const findPlan = await installedPlans(plansDir());
      const source = new XlsxFilePort(input, { force: false, displayName: displayPath(input) });
      const target = new XlsxFilePort(out, { force: opts.force === true });
      const result = await buildAnnex(source, target, findPlan, { now: now() });
      if (!result.ok) throw new CliError(`${displayPath(input)}: ${result.errors.join("; ")}`);
      const s = result.value;
      io.out(
        `Wrote ${displayPath(out)}: plan ${s.planId}, reporting year ${s.period}, ${s.sheets.length} sheets (${s.sheets.join(", ")})`
      );
      io.out(
        `${s.kpis} KPIs: ${s.statuses.map((x) => `${x.count} ${x.status.toLowerCase()}`).join(", ")}`
      );
    });

  program
    .command("demo")
    .description(
      "build the 2012-2015 workbook filled with the built-in sample values, and say where it went"
    )
    .option("--out-dir <dir>", "folder for the demo's files (replaced on each run)", "demo-output")
    .action(async (opts: { outDir: string }) => {
      await runDemo({
        plansDir: plansDir(),
        outDir: resolve(opts.outDir),
        io,
        now: now(),
        generator: GENERATOR,
      });
    });

  program
    .command("schema")
    .description("write the JSON Schema of plan files")
    .requiredOption("--out <file.json>", "where to write it")
    .option("--force", "replace the file if it exists")
    .action(async (opts: { out: string; force?: boolean }) => {
      const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
      await writeFileAtomic(resolve(opts.out), new TextEncoder().encode(text), {
        force: opts.force === true,
      });
      io.out(`Wrote ${opts.out}`);
    });

  return program;
};

/**
 * Runs the CLI and returns its exit code: 0 done, 1 done with findings, 2 the input cannot be used.
 * Never throws: every error becomes one line on stderr (and a stack trace with --debug).
 */
export const run = async (
  argv: readonly string[],
  io: Console,
  now: () => Date = () => new Date()
): Promise<number> => {
  const state: RunState = { exitCode: 0 };
  const program = buildProgram(io, now, state);
  try {
    await program.parseAsync(argv as string[], { from: "user" });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      io.err(prefixLines(error.message));
      return error.exitCode;
    }
    if (error instanceof WorkbookReadError) {
      io.err(prefixLines(error.message));
      return 2;
    }
    if (error instanceof FileWriteError) {
      io.err(prefixLines(error.message.replace(error.file, displayPath(error.file))));
      return 2;
    }
    if (error instanceof FileExistsError) {
      io.err(prefixLines(`${displayPath(error.file)} already exists; use --force to replace it`));
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`kpi-report: unexpected error: ${message}`);
    if (argv.includes("--debug") && error instanceof Error && error.stack) io.err(error.stack);
    else io.err("kpi-report: run again with --debug for details, and report it if it persists");
    return 2;
  }
};

const prefixLines = (message: string): string =>
  message
    .split("\n")
    .map((line) => `kpi-report: ${line}`)
    .join("\n");

/** The `kpi-report` executable. */
export const main = async (): Promise<void> => {
  // A reader that stops early (`kpi-report validate x.xlsx | head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await run(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
};

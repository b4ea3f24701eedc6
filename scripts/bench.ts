/**
 * npm run bench: whole processes, as a user runs them, interleaved, the median of RUNS runs each, reported as
 * ratios within one run (the machine's speed varies, ratios within a run hold): `kpi-report validate` against
 * openpyxl reading every cell in read-only mode (Debian's python3-openpyxl) and against a bare ExcelJS load of
 * the same file, at 1,000, 10,000 and 19,000 KPI rows, each with its peak memory (/usr/bin/time -v); submit
 * against validate at 10,000 KPIs; verify of the largest submission; `--version`, `plans` and `--help` against
 * `node -e 0`; sheet XML per KPI row; the pages' first-load JavaScript. Reported, never asserted.
 * BENCH_BIN=<path to a bin/kpi-report.js> measures another build (a "before"); BENCH_RUNS the runs (5 at least);
 * BENCH_SIZES the KPI rows, comma-separated; BENCH_ONLY=start the start-up figures alone (a minute, not an hour);
 * BENCH_BEFORE=<another bin/kpi-report.js> runs that build's start-up commands in the same interleaving, for a
 * before and after measured under the same load.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import JSZip from "jszip";
import { writeXlsx } from "../src/adapters/xlsx";
import { buildReportingWorkbook } from "../src/core/layout";
import { parseReport } from "../src/core/report";
import { ruleContext, runRules } from "../src/core/rules";
import { snapshotOfSpec } from "../test/support/spec-snapshot";
import {
  cleanEntriesFor,
  entriesFor,
  planFileWithKpis,
  planWithKpis,
} from "../test/support/many-kpis";
import { benchOffice } from "./bench-office";
import { bundleSizes, formatBundleSizes } from "./bundle-size";

const ROOT = resolve(__dirname, "..", "..");
const BIN = resolve(process.env.BENCH_BIN ?? join(ROOT, "bin", "kpi-report.js"));
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,19000").split(",").map(Number);
const ONLY_START = process.env.BENCH_ONLY === "start";
const BEFORE =
  process.env.BENCH_BEFORE === undefined ? undefined : resolve(process.env.BENCH_BEFORE);
const PYTHON = "/usr/bin/python3";
const TIME = "/usr/bin/time";

const OPENPYXL = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=False)
n = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        for v in row:
            if v is not None: n += 1
print(n)
`;
const EXCELJS = `
const ExcelJS = require(${JSON.stringify(join(ROOT, "node_modules", "exceljs"))});
new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(() => {});
`;

interface Sample {
  readonly ms: number;
  readonly kb: number;
  /** User and system CPU time, ms: steadier than wall time on a loaded machine. */
  readonly cpu: number;
}

/** One whole process under /usr/bin/time -v: its wall time and peak resident memory. */
const measure = (command: readonly string[]): Sample => {
  const start = process.hrtime.bigint();
  // Output is dropped, not buffered: validate --json of 19,000 rows prints more than spawnSync's 1 MB buffer,
  // past which it kills the process.
  const r = spawnSync(TIME, ["-v", ...command], {
    encoding: "utf8",
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    // The executable's first line finds node on the PATH: this one, first.
    env: {
      ...process.env,
      PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`,
    },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(
      `${command.join(" ")} exited ${String(r.status)}: ${r.stderr.split("\n")[0] ?? ""}`
    );
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const seconds = (what: string): number =>
    Number(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
  return { ms, kb, cpu: (seconds("User") + seconds("System")) * 1000 };
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** Runs every command RUNS times, interleaved (one of each, then again), and gives each its medians. */
const interleaved = (commands: Record<string, readonly string[]>): Record<string, Sample> => {
  const samples: Record<string, Sample[]> = {};
  for (let i = 0; i < RUNS; i++)
    for (const [name, command] of Object.entries(commands))
      (samples[name] ??= []).push(measure(command));
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [
      name,
      {
        ms: median(s.map((x) => x.ms)),
        kb: median(s.map((x) => x.kb)),
        cpu: median(s.map((x) => x.cpu)),
      },
    ])
  );
};

const fmt = (s: Sample): string => `${s.ms.toFixed(0)} ms, ${(s.kb / 1024).toFixed(0)} MB peak`;
const ratio = (a: Sample, b: Sample): string =>
  `${(a.ms / b.ms).toFixed(2)}x time, ${(a.kb / b.kb).toFixed(2)}x memory`;

/** A clean workbook of `kpis` KPI rows (every actual meets its target, with evidence), and its plans folder. */
const workbook = async (dir: string, kpis: number): Promise<{ file: string; plans: string }> => {
  const plan = planWithKpis(kpis);
  const plans = join(dir, `plans-${kpis}`);
  mkdirSync(plans, { recursive: true });
  writeFileSync(join(plans, `${plan.id}.json`), JSON.stringify(planFileWithKpis(kpis)));
  const entries = cleanEntriesFor(plan);
  const spec = buildReportingWorkbook(plan, {
    sectors: ["A"],
    period: 2021,
    createdAt: "2021-01-01T00:00:00Z",
    generator: "bench",
    entries,
  });
  const file = join(dir, `workbook-${kpis}.xlsx`);
  writeFileSync(file, await writeXlsx(spec));
  return { file, plans };
};

/** Bytes of worksheet XML per KPI row: the KPI sheet's part, inflated, over its rows. */
const sheetXmlPerRow = async (file: string, kpis: number): Promise<number> => {
  const zip = await JSZip.loadAsync(readFileSync(file));
  let largest = 0;
  for (const entry of Object.values(zip.files))
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name))
      largest = Math.max(largest, (await entry.async("uint8array")).length);
  return largest / kpis;
};

const main = async (): Promise<void> => {
  console.log(
    `KPI Reporter bench: ${BIN}\nNode ${process.version}, whole processes, interleaved, median of ${RUNS} runs each\n`
  );
  const dir = mkdtempSync(join(tmpdir(), "kpi-bench-"));
  const node = process.execPath;
  // The CLI runs as its users run it, the executable itself (npm links it): its first line gives node its settings.
  const kpi = (plans: string, ...args: string[]): string[] => [BIN, "--plans-dir", plans, ...args];
  try {
    const script = join(dir, "read.py");
    writeFileSync(script, OPENPYXL);
    const loader = join(dir, "load.js");
    writeFileSync(loader, EXCELJS);

    const start = interleaved({
      "node -e 0": [node, "-e", "0"],
      "--version": [BIN, "--version"],
      plans: [BIN, "plans"],
      "--help": [BIN, "--help"],
      ...(BEFORE === undefined
        ? {}
        : {
            "before --version": [BEFORE, "--version"],
            "before plans": [BEFORE, "plans"],
            "before --help": [BEFORE, "--help"],
          }),
    });
    const bare = start["node -e 0"] as Sample;
    console.log(
      `Start-up (issue #12: each within 2x of node -e 0, ${fmt(bare)}, ${bare.cpu.toFixed(0)} ms CPU):`
    );
    for (const name of ["--version", "plans", "--help"])
      for (const label of BEFORE === undefined ? [name] : [name, `before ${name}`]) {
        const s = start[label] as Sample;
        console.log(
          `  kpi-report ${label}: ${fmt(s)}; ${ratio(s, bare)}, ${(s.cpu / bare.cpu).toFixed(2)}x CPU of node -e 0`
        );
      }
    if (ONLY_START) return;

    for (const kpis of SIZES) {
      const { file, plans } = await workbook(dir, kpis);
      const perRow = await sheetXmlPerRow(file, kpis);
      const commands: Record<string, readonly string[]> = {
        validate: kpi(plans, "validate", file, "--json"),
        openpyxl: [PYTHON, script, file],
        exceljs: [node, loader, file],
      };
      const submission = join(dir, `submission-${kpis}.xlsx`);
      if (kpis === 10_000 || SIZES.length === 1)
        commands.submit = kpi(
          plans,
          "submit",
          file,
          "--out",
          submission,
          "--force",
          "--preparer",
          "bench"
        );
      const m = interleaved(commands);
      const v = m.validate as Sample;
      console.log(
        `\n${kpis.toLocaleString("en")} KPI rows (${(perRow / 1024).toFixed(2)} KB of sheet XML per KPI row; issue #12: at most 1 KB):`
      );
      console.log(`  validate --json: ${fmt(v)}`);
      console.log(
        `  openpyxl read-only, every cell: ${fmt(m.openpyxl as Sample)}; validate is ${ratio(v, m.openpyxl as Sample)}`
      );
      console.log(
        `  ExcelJS load: ${fmt(m.exceljs as Sample)}; validate is ${ratio(v, m.exceljs as Sample)}`
      );
      if (m.submit)
        console.log(
          `  submit: ${fmt(m.submit)}; submit / validate: ${ratio(m.submit, v)} (issue #10: at most 1.5x time)`
        );
      if (kpis === SIZES[SIZES.length - 1]) {
        const made = spawnSync(node, [
          BIN,
          "--plans-dir",
          plans,
          "submit",
          file,
          "--out",
          submission,
          "--force",
          "--preparer",
          "bench",
        ]);
        if (made.status === 0 && existsSync(submission)) {
          const verified = spawnSync(node, [BIN, "--plans-dir", plans, "verify", submission]);
          console.log(
            `  largest submission: ${kpis.toLocaleString("en")} KPIs, verify exit ${String(verified.status)} (${verified.status === 0 ? "verified" : "NOT verified"})`
          );
        } else
          console.log(
            `  largest submission: submit of ${kpis.toLocaleString("en")} KPIs exit ${String(made.status)}: ${made.stderr.toString().trim()}`
          );
      }
    }
    const addin = join(ROOT, "dist-addin");
    console.log("");
    if (existsSync(join(addin, "taskpane.html"))) {
      console.log(formatBundleSizes(bundleSizes(addin)).join("\n"));
    } else console.log("No dist-addin build: page sizes not measured (npm run build)");
    const big = planWithKpis(100_000);
    const snapshot = snapshotOfSpec(
      buildReportingWorkbook(big, {
        sectors: ["A"],
        period: 2021,
        createdAt: "2021-01-01T00:00:00Z",
        generator: "bench",
        entries: entriesFor(big),
      })
    );
    const engine: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      const parsed = parseReport(snapshot, () => big);
      if (!parsed.ok) throw new Error(parsed.message);
      runRules(parsed.report, ruleContext(parsed.report, big));
      engine.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    console.log(
      `\nEngine (in-process): parse + all rules over 100,000 KPI rows: ${median(engine).toFixed(0)} ms, median of 3; budget 1,000 ms`
    );
    console.log("\nOffice.js adapter, against the in-memory Excel (round trips, in-process):");
    for (const line of await benchOffice()) console.log(line);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

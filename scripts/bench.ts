/**
 * npm run bench: speed and size of the engine and the task pane's first load, measured in one run and reported as figures and ratios
 * (never asserted: the machine's speed varies, ratios within a run do not).
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { writeXlsx, loadXlsx, snapshotOf } from "../src/adapters/xlsx";
import { buildReportingWorkbook, KpiEntry } from "../src/core/layout";
import { Plan } from "../src/core/plan";
import { parseReport } from "../src/core/report";
import { runRules } from "../src/core/rules";
import { makePlan, makePlanFile } from "../test/support/make-plan";
import { bundleSizes, formatBundleSizes } from "./bundle-size";
import { snapshotOfSpec } from "../test/support/spec-snapshot";

const MEASURES = ["number", "percentage", "yes-no", "milestone", "qualitative"] as const;

/** The test plan with `n` KPIs in sector A, of every measure and direction. */
const planWithKpis = (n: number): Plan => {
  const file = makePlanFile();
  const [a, b] = file.sectors as Record<string, unknown>[];
  const kpis = Array.from({ length: n }, (_, i) => ({
    id: `A.kpi.1.${i + 1}`,
    text: `KPI ${i + 1}`,
    measure: MEASURES[i % MEASURES.length],
    direction: i % 2 === 0 ? "up" : "down",
    unit:
      MEASURES[i % MEASURES.length] === "number"
        ? "count"
        : MEASURES[i % MEASURES.length] === "percentage"
          ? "%"
          : "",
  }));
  const first = (a?.results as Record<string, unknown>[])[0];
  return makePlan({ sectors: [{ ...a, results: [{ ...first, kpis }] }, b] });
};

/** Plausible values, with one row in twenty carrying a mistake, so that rules have work to do. */
const entriesFor = (plan: Plan): Map<string, KpiEntry> =>
  new Map(
    (plan.sectors[0]?.results[0]?.kpis ?? []).map((kpi, i) => {
      const bad = i % 20 === 0;
      const numeric = kpi.measure === "number" || kpi.measure === "percentage";
      const value = (v: number): string | number =>
        numeric
          ? v
          : kpi.measure === "yes-no"
            ? "Yes"
            : kpi.measure === "milestone"
              ? "In progress"
              : "Narrative";
      return [
        kpi.id,
        {
          baselineYear: 2019,
          baseline: value(50),
          targets: {
            "2020": value(kpi.direction === "up" ? 60 : 40),
            "2021": value(kpi.direction === "up" ? 70 : 30),
          },
          actuals: {
            "2020": value(55),
            "2021": bad ? "12%" : value(kpi.direction === "up" ? 66 : 33),
          },
          evidence: i % 3 === 0 ? "Report" : null,
        },
      ];
    })
  );

const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
};
const best = async <T>(runs: number, fn: () => Promise<T> | T): Promise<[T, number]> => {
  let out: [T, number] | undefined;
  for (let i = 0; i < runs; i++) {
    const r = await time(fn);
    if (!out || r[1] < out[1]) out = r;
  }
  return out as [T, number];
};
const ms = (t: number): string => `${t.toFixed(0)} ms`;

const main = async (): Promise<void> => {
  console.log(`KPI Reporter benchmark (Node ${process.version}, best of several runs)\n`);

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
  const [findings, engineMs] = await best(3, () => {
    const parsed = parseReport(snapshot, () => big);
    if (!parsed.ok) throw new Error(parsed.message);
    return runRules(parsed.report, { plan: big, period: 2021 });
  });
  console.log(
    `Engine: parse + all rules over 100,000 KPI rows: ${ms(engineMs)} (${findings.length} findings); budget 1,000 ms: ${engineMs < 1000 ? "within" : "OVER"}`
  );

  const mid = planWithKpis(10_000);
  const spec = buildReportingWorkbook(mid, {
    sectors: ["A"],
    period: 2021,
    createdAt: "2021-01-01T00:00:00Z",
    generator: "bench",
    entries: entriesFor(mid),
  });
  const [bytes, writeMs] = await best(2, () => writeXlsx(spec));
  const [, loadMs] = await best(3, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  });
  const [fileFindings, validateMs] = await best(3, async () => {
    const wb = await loadXlsx("bench.xlsx", bytes);
    const parsed = parseReport(snapshotOf(wb), () => mid);
    if (!parsed.ok) throw new Error(parsed.message);
    return runRules(parsed.report, { plan: mid, period: 2021 });
  });
  console.log(
    `\n10,000-row workbook file: ${(bytes.length / 1024).toFixed(0)} KiB, written in ${ms(writeMs)}`
  );
  console.log(`  ExcelJS load alone:      ${ms(loadMs)}`);
  console.log(
    `  validate (load + read + parse + rules): ${ms(validateMs)} (${fileFindings.length} findings)`
  );
  console.log(`  ratio validate / ExcelJS load: ${(validateMs / loadMs).toFixed(2)}`);

  // npm run bench builds the add-in first (webpack --mode production into dist-addin/).
  console.log(`\n${formatBundleSizes(bundleSizes("dist-addin")).join("\n")}`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * npm run bench: speed and size of the engine and the task pane's first load, measured in one run and reported as figures and ratios
 * (never asserted: the machine's speed varies, ratios within a run do not).
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { writeXlsx, loadXlsx, snapshotOf } from "../src/adapters/xlsx";
import { benchOffice } from "./bench-office";
import { buildReportingWorkbook } from "../src/core/layout";
import { parseReport } from "../src/core/report";
import { runRules } from "../src/core/rules";
import { canonicalCells, contentHash, sha256Hex } from "../src/core/submission";
import { createHash } from "node:crypto";
import { entriesFor, planWithKpis } from "../test/support/many-kpis";
import { bundleSizes, formatBundleSizes } from "./bundle-size";
import { snapshotOfSpec } from "../test/support/spec-snapshot";

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

  // Submission: the canonical form and its hash, over the same 100,000 KPI rows, and SHA-256 against node:crypto.
  const parsedBig = parseReport(snapshot, () => big);
  if (!parsedBig.ok) throw new Error(parsedBig.message);
  const [hashed, stampMs] = await best(3, async () => {
    const cells = canonicalCells(snapshot, parsedBig.report.meta);
    return { cells: cells.length, hash: await contentHash(cells) };
  });
  console.log(
    `Submission stamp: canonical form + SHA-256 over 100,000 KPI rows (${hashed.cells.toLocaleString("en")} cells): ${ms(stampMs)}`
  );
  const block = new Uint8Array(16 * 1024 * 1024).map((_, i) => (i * 7) & 0xff);
  const [, pureMs] = await best(3, () => sha256Hex(block));
  const [, nodeMs] = await best(3, () => createHash("sha256").update(block).digest("hex"));
  console.log(
    `  SHA-256 of 16 MiB: pure TypeScript ${ms(pureMs)}, node:crypto ${ms(nodeMs)} (ratio ${(pureMs / nodeMs).toFixed(1)})`
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

  console.log("");
  for (const line of await benchOffice()) console.log(line);
  // npm run bench builds the add-in first (webpack --mode production into dist-addin/).
  console.log(`\n${formatBundleSizes(bundleSizes("dist-addin")).join("\n")}`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

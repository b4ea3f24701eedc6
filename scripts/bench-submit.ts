/**
 * npm run bench:submit: `submit` against `validate` on a 10,000-KPI workbook, and `verify` of what submit wrote,
 * each a whole `kpi-report` process, interleaved, five runs each; reports medians and the ratio (issue #10 asks
 * for submit within 1.5x validate). Figures are reported, never asserted.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { writeXlsx } from "../src/adapters/xlsx";
import { buildReportingWorkbook } from "../src/core/layout";
import { cleanEntriesFor, planFileWithKpis, planWithKpis } from "../test/support/many-kpis";

// BENCH_BIN=<other build>/bin/kpi-report.js measures another build (main's, say) on the same workbook.
const BIN = process.env.BENCH_BIN ?? resolve(__dirname, "..", "..", "bin", "kpi-report.js");
const KPIS = Number(process.env.BENCH_KPIS ?? 10_000);
const RUNS = 5;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

const main = async (): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-bench-submit-"));
  try {
    const plan = planWithKpis(KPIS);
    const plans = join(dir, "plans");
    execFileSync("mkdir", ["-p", plans]);
    writeFileSync(join(plans, `${plan.id}.json`), JSON.stringify(planFileWithKpis(KPIS)));
    // The bench's entries carry a mistake in one row of twenty; a submission has none.
    const entries = cleanEntriesFor(plan);
    const spec = buildReportingWorkbook(plan, {
      sectors: ["A"],
      period: 2021,
      createdAt: "2021-01-01T00:00:00Z",
      generator: "bench",
      entries,
    });
    const file = join(dir, "workbook.xlsx");
    writeFileSync(file, await writeXlsx(spec));
    const submission = join(dir, "submission.xlsx");
    const run = (...args: string[]): number => {
      const start = performance.now();
      try {
        execFileSync(process.execPath, [BIN, "--plans-dir", plans, ...args], {
          stdio: ["ignore", "ignore", "pipe"],
        });
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (status !== 1) throw error;
      }
      return performance.now() - start;
    };
    const times = { validate: [] as number[], submit: [] as number[], verify: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      times.validate.push(run("validate", file));
      times.submit.push(run("submit", file, "--out", submission, "--force", "--preparer", "bench"));
      times.verify.push(run("verify", submission));
    }
    if (!existsSync(submission))
      throw new Error("submit refused the bench workbook (validation errors)");
    const m = {
      validate: median(times.validate),
      submit: median(times.submit),
      verify: median(times.verify),
    };
    console.log(
      `${KPIS.toLocaleString("en")}-KPI workbook, whole kpi-report processes, median of ${RUNS} interleaved runs:`
    );
    console.log(
      `  validate ${m.validate.toFixed(0)} ms, submit ${m.submit.toFixed(0)} ms, verify ${m.verify.toFixed(0)} ms`
    );
    console.log(`  ratio submit / validate: ${(m.submit / m.validate).toFixed(2)} (target 1.5)`);
    console.log(`  ratio verify / validate: ${(m.verify / m.validate).toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

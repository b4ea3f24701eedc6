import { promises as fs } from "node:fs";
import { join, resolve } from "node:path";
import { insertWorkbook } from "../app";
import { XlsxFilePort } from "../adapters/xlsx";
import { KpiEntries, parseEntriesFile } from "../core/layout";
import { formatPlanFileError, Plan, sectorKpis } from "../core/plan";
import { computeStatus, Status, STATUSES } from "../core/status";
import { CliError } from "./cli-error";
import type { Console } from "./main";
import { displayPath, readPlanById, readUtf8 } from "./plan-directory";

export const SAMPLE_FILE = resolve(__dirname, "..", "..", "samples", "itu-2012-2015.sample.json");

/** Counts of each status per sector for the reporting year, as the workbook's formulas compute them. */
export const statusCounts = (
  plan: Plan,
  entries: KpiEntries,
  period: number
): Map<string, Record<Status, number>> =>
  new Map(
    plan.sectors.map((sector) => {
      const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
      for (const kpi of sectorKpis(sector)) {
        const e = entries.get(kpi.id) ?? {};
        const status = computeStatus(
          {
            measure: kpi.measure,
            direction: kpi.direction,
            baseline: e.baseline,
            target: e.targets?.[period],
            actual: e.actuals?.[period],
          },
          plan.reporting
        );
        counts[status] += 1;
      }
      return [sector.id, counts];
    })
  );

/** The demo: the 2012-2015 workbook filled with the sample values (deliberate mistakes included), written to outDir. */
export const runDemo = async (options: {
  plansDir: string;
  outDir: string;
  io: Console;
  now: Date;
  generator: string;
}): Promise<void> => {
  const { io } = options;
  const sample = parseEntriesFile(displayPath(SAMPLE_FILE), await readUtf8(SAMPLE_FILE));
  if (!sample.ok) throw new CliError(sample.errors.map(formatPlanFileError).join("\n"));
  const plan = await readPlanById(options.plansDir, sample.value.plan);
  await fs.mkdir(options.outDir, { recursive: true });
  const period = sample.value.period ?? plan.period.start;
  const out = join(options.outDir, `${plan.id}-${period}-sample.xlsx`);
  const result = await insertWorkbook(new XlsxFilePort(out, { force: true }), plan, {
    sectors: [],
    period,
    entries: sample.value.entries,
    now: options.now,
    generator: options.generator,
  });
  if (!result.ok) throw new CliError(result.errors.join("\n"));
  const s = result.value;
  io.out(`KPI Reporter demo: ${plan.title} (${plan.source})`);
  io.out("");
  io.out(`Wrote ${displayPath(out)}`);
  io.out(
    `  ${s.sheets} sheets for ${s.sectors.join(", ")}: ${s.objectives} objectives, ${s.outputs} outputs, ${s.kpis} KPIs`
  );
  io.out(
    `  filled with the sample values of ${displayPath(SAMPLE_FILE)} (${sample.value.entries.size} KPIs)`
  );
  io.out("");
  io.out(`Status ${period}, as the workbook's Status formulas compute it:`);
  io.out(`  ${"sector".padEnd(8)}${STATUSES.map((st) => st.padStart(16)).join("")}`);
  for (const [sector, counts] of statusCounts(plan, sample.value.entries, period)) {
    io.out(
      `  ${sector.padEnd(8)}${STATUSES.map((st) => String(counts[st]).padStart(16)).join("")}`
    );
  }
  if (sample.value.notes.length > 0) {
    io.out("");
    io.out("Deliberate mistakes in the sample, for validation to catch:");
    sample.value.notes.forEach((note) => io.out(`  - ${note}`));
  }
  io.out("");
  io.out(`Open ${displayPath(out)} in Excel or LibreOffice Calc to see it.`);
};

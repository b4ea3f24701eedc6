import { computeStatus, Status } from "../status";
import type { Field, KpiRow, Report, SectorReport } from "../report";
import type { RuleContext } from "./rule";

/** A KPI's value cells with what to call them in a message: the baseline, then target and actual of each year. */
export const valueCells = (kpi: KpiRow): { readonly label: string; readonly field: Field; readonly year?: number }[] => [
  { label: "Baseline", field: kpi.baseline },
  ...kpi.years.flatMap((y) => [
    { label: `Target ${y.year}`, field: y.target, year: y.year },
    { label: `Actual ${y.year}`, field: y.actual, year: y.year },
  ]),
];

/** Every KPI row of every sector whose KPI table could be read, with its sector. */
export const allKpis = (report: Report): { readonly sector: SectorReport; readonly kpi: KpiRow }[] =>
  report.sectors.flatMap((sector) => (sector.kpis ?? []).map((kpi) => ({ sector, kpi })));

/** The status the engine computes for a KPI's reporting year; null when the row's measure is unreadable. */
export const engineStatus = (kpi: KpiRow, context: RuleContext): Status | null => {
  const year = kpi.years.find((y) => y.year === context.period);
  if (kpi.measure === null || kpi.direction === null || !year) return null;
  return computeStatus(
    { measure: kpi.measure, direction: kpi.direction, baseline: kpi.baseline.value, target: year.target.value, actual: year.actual.value },
    context.plan.reporting
  );
};

/** Reads "12%", "1,000", " 12 " as the number a person meant, for a suggested fix; null if it is no number. */
export const numberInText = (text: string): number | null => {
  const cleaned = text.trim().replace(/%$/, "").replace(/(\d),(?=\d{3}(\D|$))/g, "$1").trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
};

import { computeStatus, Status } from "../status";
import type { Field, KpiRow, KpiYear, Report, SectorReport } from "../report";
import type { Finding } from "./finding";
import type { RuleContext } from "./rule";

/** What rules return when they find nothing: one shared empty list, so 100,000 clean rows allocate nothing. */
export const NONE: readonly Finding[] = Object.freeze([]);

/**
 * Runs a check over a KPI's value cells (the baseline, then target and actual of each year) and collects
 * the findings it makes; `label` names the cell in a message ("Target 2013").
 */
export const checkValues = (
  kpi: KpiRow,
  check: (field: Field, label: string) => Finding | null
): readonly Finding[] => {
  let found: Finding[] | undefined;
  for (let i = 0; i < kpi.valueFields.length; i++) {
    const field = kpi.valueFields[i];
    const result = field ? check(field, kpi.valueLabels[i] ?? "") : null;
    if (result) (found ??= []).push(result);
  }
  return found ?? NONE;
};

/** A KPI row with its sector, as the rules walk them. */
export interface KpiEntryRow {
  readonly sector: SectorReport;
  readonly kpi: KpiRow;
  /** The engine's status for the reporting year, computed once and shared by the rules that need it. */
  status?: Status | null;
}

const allKpisCache = new WeakMap<Report, readonly KpiEntryRow[]>();

/** Every KPI row of every sector whose KPI table could be read, with its sector (listed once per report). */
export const allKpis = (report: Report): readonly KpiEntryRow[] => {
  let all = allKpisCache.get(report);
  if (!all) {
    all = report.sectors.flatMap((sector) =>
      (sector.kpis ?? []).map((kpi): KpiEntryRow => ({ sector, kpi }))
    );
    allKpisCache.set(report, all);
  }
  return all;
};

/**
 * Runs a check over every KPI row and gathers its findings: a plain loop rather than flatMap, because a
 * workbook may have 100,000 rows and most checks find nothing in most of them.
 */
export const kpiFindings = (
  report: Report,
  check: (row: KpiEntryRow) => readonly Finding[]
): Finding[] => {
  const found: Finding[] = [];
  for (const row of allKpis(report)) {
    const findings = check(row);
    for (let i = 0; i < findings.length; i++) found.push(findings[i] as Finding);
  }
  return found;
};

/** The status the engine computes for a KPI's reporting year; null when the row's measure is unreadable. */
export const engineStatus = (row: KpiEntryRow, context: RuleContext): Status | null => {
  if (row.status !== undefined) return row.status;
  const { kpi } = row;
  const year = kpi.years.find((y) => y.year === context.period);
  row.status =
    kpi.measure === null || kpi.direction === null || !year
      ? null
      : computeStatus(
          {
            measure: kpi.measure,
            direction: kpi.direction,
            baseline: kpi.baseline.value,
            target: year.target.value,
            actual: year.actual.value,
          },
          context.plan.reporting
        );
  return row.status;
};

/** Runs a check over each year of a KPI (with the previous year, if any) and collects its findings. */
export const checkYears = (
  kpi: KpiRow,
  check: (year: KpiYear, previous: KpiYear | undefined) => Finding | null
): readonly Finding[] => {
  let found: Finding[] | undefined;
  for (let i = 0; i < kpi.years.length; i++) {
    const year = kpi.years[i] as KpiYear;
    const result = check(year, kpi.years[i - 1]);
    if (result) (found ??= []).push(result);
  }
  return found ?? NONE;
};

/** Reads "12%", "1,000", " 12 " as the number a person meant, for a suggested fix; null if it is no number. */
export const numberInText = (text: string): number | null => {
  const cleaned = text
    .trim()
    .replace(/%$/, "")
    .replace(/(\d),(?=\d{3}(\D|$))/g, "$1")
    .trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
};

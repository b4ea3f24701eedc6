import { computeStatus, Status } from "../status";
import type { Field, KpiRow, KpiYear, Report, SectorReport } from "../report";
import type { Finding } from "../findings";
import type { Rule, RuleContext } from "./rule";

/** What rules return when they find nothing: one shared empty list, so 100,000 clean rows allocate nothing. */
export const NONE: readonly Finding[] = Object.freeze([]);

/**
 * Runs a check over a KPI's value cells (the baseline, then target and actual of each year) and collects
 * the findings it makes; `label` names the cell in a message ("Target 2013"). The check is handed the row and
 * context rather than closing over them, so that a rule allocates nothing for a clean row.
 */
export const checkValues = (
  row: KpiEntryRow,
  context: RuleContext,
  check: (field: Field, label: string, row: KpiEntryRow, context: RuleContext) => Finding | null
): readonly Finding[] => {
  const { valueFields, valueLabels } = row.kpi;
  let found: Finding[] | undefined;
  for (let i = 0; i < valueFields.length; i++) {
    const field = valueFields[i];
    const result = field ? check(field, valueLabels[i] ?? "", row, context) : null;
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
      // status starts undefined (not computed yet) so that every row keeps one shape once engineStatus fills it in.
      (sector.kpis ?? []).map((kpi): KpiEntryRow => ({ sector, kpi, status: undefined }))
    );
    allKpisCache.set(report, all);
  }
  return all;
};

/** A rule's check of one KPI row: what the engine's single pass over KPI rows calls for each such rule. */
export type KpiCheck = (row: KpiEntryRow, context: RuleContext) => readonly Finding[];

/** A rule made of a check per KPI row; runRules calls `perKpi` from one shared pass over the rows. */
export interface KpiRule extends Rule {
  readonly perKpi: KpiCheck;
}

/**
 * Runs a check over every KPI row and gathers its findings: a plain loop rather than flatMap, because a
 * workbook may have 100,000 rows and most checks find nothing in most of them.
 */
export const kpiFindings = (report: Report, context: RuleContext, check: KpiCheck): Finding[] => {
  const found: Finding[] = [];
  const rows = allKpis(report);
  for (let r = 0; r < rows.length; r++) {
    const findings = check(rows[r] as KpiEntryRow, context);
    for (let i = 0; i < findings.length; i++) found.push(findings[i] as Finding);
  }
  return found;
};

/** Makes a rule of a per-row check: alone it walks every KPI row; runRules instead calls `perKpi` in its single pass. */
export const kpiRule = (check: KpiCheck): KpiRule =>
  Object.assign((report: Report, context: RuleContext) => kpiFindings(report, context, check), {
    perKpi: check,
  });

/** The per-row check of a rule made by kpiRule, or undefined for a rule that walks the report its own way. */
export const perKpiOf = (rule: Rule): KpiCheck | undefined => (rule as Partial<KpiRule>).perKpi;

/** The status the engine computes for a KPI's reporting year; null when the row's measure is unreadable. */
export const engineStatus = (row: KpiEntryRow, context: RuleContext): Status | null => {
  if (row.status !== undefined) return row.status;
  const { kpi } = row;
  let year: KpiYear | undefined;
  for (const y of kpi.years) if (y.year === context.period && !year) year = y;
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
  row: KpiEntryRow,
  context: RuleContext,
  check: (
    year: KpiYear,
    previous: KpiYear | undefined,
    row: KpiEntryRow,
    context: RuleContext
  ) => Finding | null
): readonly Finding[] => {
  const { years } = row.kpi;
  let found: Finding[] | undefined;
  for (let i = 0; i < years.length; i++) {
    const result = check(years[i] as KpiYear, years[i - 1], row, context);
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

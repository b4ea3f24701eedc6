import type { Language } from "../core/format";
import type { Report } from "../core/report";
import { Finding, summarize } from "../core/findings";
import { FindingsReport, ruleContext, runRules, sortFindings, withFix } from "../core/rules";
import type { OpenedReport } from "./open-report";

/** A finding as validation reports it: with the id of the KPI whose row it is on, where it is on one. */
export interface ReportedFinding extends Finding {
  readonly kpi?: string;
}

/**
 * What validation found in a reporting workbook: its plan, year and sectors, each finding, their counts (what a
 * findings export speaks of, but the file).
 */
export type ValidationOutcome = Omit<FindingsReport, "file" | "findings"> & {
  readonly findings: readonly ReportedFinding[];
  /** The workbook's own language (English where its metadata names none), for a front end that follows it. */
  readonly language?: Language;
};

const rowOf = (cell: string): string => cell.replace(/^[A-Z]+/i, "");

/**
 * The id of the KPI on whose row each finding is (where it is on a KPI row), read from the report's own rows:
 * only the rows findings are on are kept, not every KPI row of the workbook (10,000 keys held to the end).
 */
const withKpis = (report: Report, findings: readonly Finding[]): ReportedFinding[] => {
  const kpiAt = new Map<string, string | undefined>();
  for (const f of findings)
    if (f.cell !== null) kpiAt.set(`${f.sheet}\n${rowOf(f.cell)}`, undefined);
  if (kpiAt.size === 0) return [...findings];
  const sheets = new Set(findings.flatMap((f) => (f.cell === null ? [] : [f.sheet])));
  for (const sector of report.sectors)
    for (const kpi of sector.kpis ?? [])
      if (sheets.has(kpi.at.sheet) && kpi.at.cell !== null) {
        const key = `${kpi.at.sheet}\n${rowOf(kpi.at.cell)}`;
        if (kpiAt.has(key)) kpiAt.set(key, kpi.id);
      }
  return findings.map((f) => {
    const kpi = f.cell === null ? undefined : kpiAt.get(`${f.sheet}\n${rowOf(f.cell)}`);
    return kpi === undefined ? f : { ...f, kpi };
  });
};

/**
 * The validation pipeline (its findings in the words the report was opened with), the one copy of it that validate and submit (and the pane and the ribbon) share:
 * the structural findings met while parsing plus every rule's, in the report's order, with their counts.
 */
export const checkReport = (
  opened: Pick<OpenedReport, "report" | "plan" | "structural" | "i18n">
): ValidationOutcome => {
  const { report, plan, i18n } = opened;
  const context = ruleContext(report, plan, i18n);
  const findings = sortFindings(
    withFix([...opened.structural, ...runRules(report, context)], i18n, context.language),
    report.meta.sectors
  );
  return {
    planId: plan.id,
    period: report.meta.period,
    sectors: report.meta.sectors,
    findings: withKpis(report, findings),
    language: context.language,
    summary: summarize(findings),
  };
};

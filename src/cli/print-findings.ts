import type { ValidationOutcome } from "../app";
import { FindingsView, presentFindings } from "../app/present";
import type { Severity } from "../core/findings";
import type { Translator } from "../core/i18n";
import { plainTextLine } from "../core/export";

/**
 * Validation's readable report: the file and what it is, the counts, then the findings grouped by sector and
 * severity, each with its cell and what to do. Each line is made safe (plainTextLine): officers' text quoted in
 * messages cannot split the line or start a formula.
 */
export const findingsText = (
  file: string,
  outcome: ValidationOutcome,
  options: { readonly severities?: readonly Severity[]; readonly translator?: Translator } = {}
): string[] => {
  const view: FindingsView = presentFindings(outcome, options, options.translator);
  const lines = [`${file}: ${view.about}`, view.summary];
  for (const sector of view.groups) {
    lines.push("", sector.heading);
    for (const group of sector.groups) {
      lines.push(`  ${group.heading}`);
      for (const item of group.items) {
        lines.push(`    ${item.line}`);
        if (item.finding.fix) lines.push(`      ${item.finding.fix}`);
      }
    }
  }
  return lines.map(plainTextLine);
};

/** Validation's JSON report, for other tools: this shape (docs/rules.md), each entry with its sector, KPI and fix. */
export const findingsJson = (file: string, outcome: ValidationOutcome): unknown => ({
  file,
  plan: outcome.planId,
  summary: {
    errors: outcome.summary.errors,
    warnings: outcome.summary.warnings,
    info: outcome.summary.info,
  },
  issues: outcome.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
    sector: f.sector ?? null,
    kpi: f.kpi ?? null,
    fix: f.fix ?? null,
  })),
});

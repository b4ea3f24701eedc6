import { plainTextLine } from "../export";
import type { Finding, FindingSummary, Severity } from "../findings";

/** What the report speaks of: the file checked, its plan, year and sectors, and what was found. */
export interface FindingsReport {
  readonly file: string;
  readonly planId: string;
  readonly period: number;
  readonly sectors: readonly string[];
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
const HEADINGS: Readonly<Record<Severity, string>> = {
  error: "Errors",
  warning: "Warnings",
  info: "Info",
};

/**
 * The readable report: a summary line, then findings grouped by sector and severity, each with its cell.
 * Each line is made safe (plainTextLine): officers' text quoted in messages cannot split the line or start a formula.
 */
export const formatFindingsText = (r: FindingsReport): string[] => {
  const lines = [
    `${r.file}: plan ${r.planId}, reporting year ${r.period}, sectors ${r.sectors.join(", ")}`,
    `${plural(r.summary.errors, "error")}, ${plural(r.summary.warnings, "warning")}, ${r.summary.info} info${r.summary.errors > 0 ? " (errors block submission)" : ""}`,
  ];
  const groups = [undefined, ...r.sectors];
  for (const sector of groups) {
    const inSector = r.findings.filter((f) => f.sector === sector);
    if (inSector.length === 0) continue;
    lines.push("", sector ?? "Workbook");
    for (const severity of ["error", "warning", "info"] as const) {
      const group = inSector.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      lines.push(`  ${HEADINGS[severity]} (${group.length})`);
      for (const f of group) {
        lines.push(`    ${f.sheet}!${f.cell ?? "-"}  ${f.message}  [${f.rule}]`);
        if (f.fix) lines.push(`      ${f.fix}`);
      }
    }
  }
  return lines.map(plainTextLine);
};

/** The JSON report: exactly this shape, which other tools rely on (docs/rules.md). */
export const findingsJson = (r: FindingsReport): unknown => ({
  file: r.file,
  plan: r.planId,
  summary: { errors: r.summary.errors, warnings: r.summary.warnings, info: r.summary.info },
  issues: r.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
  })),
});

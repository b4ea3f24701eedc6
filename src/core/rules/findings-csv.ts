import { csvTable } from "../export";
import type { Finding, FindingSummary } from "../findings";

/** What a findings export speaks of: the file checked, its plan, year and sectors, and what was found. */
export interface FindingsReport {
  readonly file: string;
  readonly planId: string;
  readonly period: number;
  readonly sectors: readonly string[];
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
}

/** The CSV columns, in order (docs/limits.md, "Safe output"). */
export const FINDINGS_CSV_HEADERS = [
  "File",
  "Plan",
  "Reporting year",
  "Sector",
  "Severity",
  "Rule",
  "Sheet",
  "Cell",
  "Message",
  "Fix",
] as const;

/** The findings as CSV for the receiving unit's own tools: one row per finding, safe to open in Excel. */
export const findingsCsv = (r: FindingsReport): string =>
  csvTable([
    [...FINDINGS_CSV_HEADERS],
    ...r.findings.map((f) => [
      r.file,
      r.planId,
      String(r.period),
      f.sector ?? "",
      f.severity,
      f.rule,
      f.sheet,
      f.cell ?? "",
      f.message,
      f.fix ?? "",
    ]),
  ]);

import { csvTable } from "../export";
import type { FindingsReport } from "./format-findings";

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

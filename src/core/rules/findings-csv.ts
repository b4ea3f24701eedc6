import { csvTable } from "../export";
import type { Finding, FindingSummary } from "../findings";
import { translatorFor, type Translator } from "../i18n";

/** What a findings export speaks of: the file checked, its plan, year and sectors, and what was found. */
export interface FindingsReport {
  readonly file: string;
  readonly planId: string;
  readonly period: number;
  readonly sectors: readonly string[];
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
}

/** The CSV columns' headers in a language, in order (docs/limits.md, "Safe output"). */
export const findingsCsvHeaders = (i18n: Translator = translatorFor("en")): string[] =>
  (
    [
      "findingsSheet.csv.file",
      "findingsSheet.csv.plan",
      "findingsSheet.csv.year",
      "findingsSheet.csv.sector",
      "findingsSheet.csv.severity",
      "findingsSheet.csv.rule",
      "findingsSheet.csv.sheet",
      "findingsSheet.csv.cell",
      "findingsSheet.csv.message",
      "findingsSheet.csv.fix",
    ] as const
  ).map((key) => i18n.t(key));

/** The CSV columns in English, in order. */
export const FINDINGS_CSV_HEADERS: readonly string[] = findingsCsvHeaders();

/**
 * The findings as CSV for the receiving unit's own tools: one row per finding, safe to open in Excel. The headers
 * and the findings' words are in the language of `i18n`; rule ids and severities stay codes, for tools to match.
 */
export const findingsCsv = (r: FindingsReport, i18n: Translator = translatorFor("en")): string =>
  csvTable([
    findingsCsvHeaders(i18n),
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

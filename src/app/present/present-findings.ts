import { translatorFor, type Translator } from "../../core/i18n";
import { FindingSummary, Severity, SEVERITIES } from "../../core/findings";
import type { ReportedFinding, ValidationOutcome } from "../check-report";
import { say } from "./say";

/** One finding as shown: where it is (`ITU-R KPIs!M5`), its line, and what to do. */
export interface FindingItem {
  readonly finding: ReportedFinding;
  readonly place: string;
  /** Place, message and rule id, as the report lists it. */
  readonly line: string;
}

/** Findings of one severity within a sector. */
export interface SeverityGroup {
  readonly severity: Severity;
  /** "Errors (3)". */
  readonly heading: string;
  readonly count: number;
  readonly items: readonly FindingItem[];
}

/** One sector's findings (or the workbook-wide ones, `sector` null, headed "Workbook"), by severity. */
export interface SectorGroup {
  readonly sector: string | null;
  readonly heading: string;
  readonly count: number;
  readonly groups: readonly SeverityGroup[];
}

/** Validation's outcome in words: what was checked, the counts, and the findings grouped for reading. */
export interface FindingsView {
  /** "plan itu-2012-2015, reporting year 2013, sectors ITU-R, ITU-T". */
  readonly about: string;
  /** "1 error, 2 warnings, 0 info (errors block submission)". */
  readonly summary: string;
  readonly counts: FindingSummary;
  /** "No findings: ..." where there are none, otherwise null. */
  readonly none: string | null;
  readonly groups: readonly SectorGroup[];
}

/** The counts in one line: "1 error, 2 warnings, 0 info", with "(errors block submission)" where there are errors. */
export const summaryLine = (s: FindingSummary, tr: Translator = translatorFor("en")): string =>
  say(
    "findings.summary",
    {
      errors: s.errors,
      warnings: s.warnings,
      info: s.info,
      blocking: s.errors > 0 ? "yes" : "no",
    },
    tr
  );

/** Where a finding is, as a link's text: `Sheet!A1`, or `Sheet!-` for a whole sheet or table. */
export const findingPlace = (
  f: { readonly sheet: string; readonly cell: string | null },
  tr: Translator = translatorFor("en")
): string => say("findings.place", { sheet: f.sheet, cell: f.cell ?? "-" }, tr);

/**
 * The one grouping of findings, for every front end: workbook-wide first, then each sector in the workbook's
 * order (then any other sector a finding names), errors before warnings before info; empty groups left out.
 * `severities` keeps only those (a refused submission lists its errors and counts the rest).
 */
export const groupFindings = (
  findings: readonly ReportedFinding[],
  sectors: readonly string[],
  severities: readonly Severity[] = SEVERITIES,
  tr: Translator = translatorFor("en")
): SectorGroup[] => {
  const keys: (string | null)[] = [
    null,
    ...new Set([
      ...sectors,
      ...findings.flatMap((f) => (f.sector === undefined ? [] : [f.sector])),
    ]),
  ];
  return keys.flatMap((sector) => {
    const inSector = findings.filter((f) => (f.sector ?? null) === sector);
    const groups = SEVERITIES.filter((s) => severities.includes(s)).flatMap((severity) => {
      const items = inSector
        .filter((f) => f.severity === severity)
        .map((finding) => {
          const place = findingPlace(finding, tr);
          return {
            finding,
            place,
            line: say("findings.line", { place, message: finding.message, rule: finding.rule }, tr),
          };
        });
      return items.length === 0
        ? []
        : [
            {
              severity,
              heading: say(
                "findings.group",
                {
                  title: say(`findings.severity.${severity}`, {}, tr),
                  count: items.length,
                },
                tr
              ),
              count: items.length,
              items,
            },
          ];
    });
    return groups.length === 0
      ? []
      : [
          {
            sector,
            heading: sector ?? say("findings.workbook", {}, tr),
            count: groups.reduce((n, g) => n + g.count, 0),
            groups,
          },
        ];
  });
};

/** Validation's outcome as every front end words it (the CLI's report, the pane's list, the ribbon's note). */
export const presentFindings = (
  outcome: ValidationOutcome,
  options: { readonly severities?: readonly Severity[] } = {},
  tr: Translator = translatorFor("en")
): FindingsView => ({
  about: say(
    "findings.about",
    {
      plan: outcome.planId,
      period: outcome.period,
      sectors: outcome.sectors.join(", "),
    },
    tr
  ),
  summary: summaryLine(outcome.summary, tr),
  counts: outcome.summary,
  none: outcome.findings.length === 0 ? say("findings.none", {}, tr) : null,
  groups: groupFindings(outcome.findings, outcome.sectors, options.severities, tr),
});

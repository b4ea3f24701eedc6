import { Finding, RULES, Severity, STRUCTURE_RULES } from "../core/rules";

/** Which findings the officer shows: all, or one severity. */
export type SeverityFilter = Severity | "all";

/** How the officer groups the findings: by sector (as the CLI's report) or by rule. */
export type FindingGrouping = "sector" | "rule";

/** A group of findings as the pane lists it, under a heading with its count. */
export interface FindingGroup {
  readonly key: string;
  readonly title: string;
  readonly findings: readonly Finding[];
}

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

const TITLES: ReadonlyMap<string, string> = new Map(
  [...STRUCTURE_RULES, ...RULES].map((r) => [r.id, r.title])
);

/** Findings by severity, errors first, keeping the engine's order within a severity. */
const bySeverity = (findings: readonly Finding[]): Finding[] =>
  findings
    .map((f, i) => [f, i] as const)
    .sort(([a, i], [b, j]) => ORDER[a.severity] - ORDER[b.severity] || i - j)
    .map(([f]) => f);

/** How many findings of each severity. */
export const severityCounts = (
  findings: readonly Finding[]
): Readonly<Record<Severity, number>> => {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
};

/**
 * Filters the findings to one severity (or keeps all) and groups them: by sector, the workbook-wide ones first,
 * then each sector in the workbook's order (a sector only a finding names last); or by rule, the rule with the
 * most severe finding first, titled as docs/rules.md titles it. Within a group errors come before warnings before
 * notes; empty groups are left out.
 */
export const arrangeFindings = (
  findings: readonly Finding[],
  sectors: readonly string[],
  choice: { readonly show: SeverityFilter; readonly by: FindingGrouping },
  sectorName: (id: string) => string
): FindingGroup[] => {
  const shown = bySeverity(
    findings.filter((f) => choice.show === "all" || f.severity === choice.show)
  );
  const groups = new Map<string, Finding[]>();
  const keyOf = (f: Finding): string => (choice.by === "rule" ? f.rule : (f.sector ?? ""));
  if (choice.by === "sector") for (const key of ["", ...sectors]) groups.set(key, []);
  for (const f of shown) {
    const key = keyOf(f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) => ({
      key,
      title:
        choice.by === "rule"
          ? (TITLES.get(key) ?? key)
          : key === ""
            ? "Whole workbook"
            : sectorName(key),
      findings: list,
    }));
};

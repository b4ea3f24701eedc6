import { groupFindings } from "../app/present/present-findings";
import { Finding, Severity, SEVERITIES, SEVERITY_RANK } from "../core/findings";
import { translatorFor, type MessageKey, type Translator } from "../core/i18n";
import { RULES, STRUCTURE_RULES } from "../core/rules";

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

/** A rule's title in the reader's language (`rule.title.<id>`), or its id for a rule the catalogs do not title. */
const TITLED: ReadonlySet<string> = new Set([...STRUCTURE_RULES, ...RULES].map((r) => r.id));
const ruleTitle = (rule: string, tr: Translator): string =>
  TITLED.has(rule) ? tr.t(`rule.title.${rule}` as MessageKey) : rule;

/** Findings by severity, errors first, keeping the engine's order within a severity. */
const bySeverity = (findings: readonly Finding[]): Finding[] =>
  findings
    .map((f, i) => [f, i] as const)
    .sort(([a, i], [b, j]) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || i - j)
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
 * Filters the findings to one severity (or keeps all) and groups them: by sector as every front end groups them
 * (app/present: the workbook-wide ones first, then each sector in the workbook's order, errors before warnings
 * before info); or by rule, the rule with the most severe finding first, titled in `tr`'s language (`rule.title.<id>`;
 * in English as docs/rules.md titles it), errors first within it. Empty groups are left out.
 */
export const arrangeFindings = (
  findings: readonly Finding[],
  sectors: readonly string[],
  choice: { readonly show: SeverityFilter; readonly by: FindingGrouping },
  sectorName: (id: string) => string,
  tr: Translator = translatorFor("en")
): FindingGroup[] => {
  const severities: readonly Severity[] = choice.show === "all" ? SEVERITIES : [choice.show];
  if (choice.by === "sector")
    return groupFindings(findings, sectors, severities, tr).map((g) => ({
      key: g.sector ?? "",
      title: g.sector === null ? g.heading : sectorName(g.sector),
      findings: g.groups.flatMap((s) => s.items.map((i) => i.finding)),
    }));
  const groups = new Map<string, Finding[]>();
  for (const f of bySeverity(findings.filter((f) => severities.includes(f.severity))))
    groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  return [...groups].map(([key, list]) => ({ key, title: ruleTitle(key, tr), findings: list }));
};

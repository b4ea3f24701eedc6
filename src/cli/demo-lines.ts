import { KpiEntries } from "../core/layout";
import { Plan, sectorKpis } from "../core/plan";
import { Finding } from "../core/findings";
import { translatorFor, type MessageKey, type Translator } from "../core/i18n";
import { executionRate, formatAmount, moneyIn, ResourceRollup } from "../core/resources";
import { computeStatus, Status, STATUSES } from "../core/status";

/** The catalog key of each status's word, for the demo's status table. */
export const STATUS_WORD: Readonly<Record<Status, MessageKey>> = {
  Met: "status.met",
  "On track": "status.onTrack",
  "Off track": "status.offTrack",
  "Not assessable": "status.notAssessable",
};

/** Errors grouped by rule, one line each with the first cells: what the demo shows of a failed validation. */
export const errorsByRule = (findings: readonly Finding[]): string[] => {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings.filter((x) => x.severity === "error"))
    byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return [...byRule].map(([rule, group]) => {
    const cells = group.slice(0, 3).map((f) => `${f.sheet}!${f.cell ?? "-"}`);
    return `${rule.padEnd(26)}${String(group.length).padStart(3)}  ${cells.join(", ")}${group.length > 3 ? ", ..." : ""}`;
  });
};

/** Each warning on a line of its own, with its cell, rule and what to do: what the demo shows besides the errors. */
export const warningLines = (findings: readonly Finding[]): string[] =>
  findings
    .filter((f) => f.severity === "warning")
    .flatMap((f) => [
      `${f.sheet}!${f.cell ?? "-"}  ${f.message}  [${f.rule}]`,
      ...(f.fix ? [`  ${f.fix}`] : []),
    ]);

/** Resources by goal for the reporting year, one line per goal and a total, as the workbook's formulas compute them. */
export const resourcesByGoal = (
  rollup: ResourceRollup,
  period: number,
  tr: Translator = translatorFor("en")
): string[] => {
  const word = (key: MessageKey): string => tr.t(key);
  const line = (label: string, budget: number, spent: number): string => {
    const rate = executionRate({ budget, expenditure: spent });
    return `  ${label.padEnd(16)}${formatAmount(budget, null).padStart(16)}${formatAmount(spent, null).padStart(16)}${(rate === null ? "" : `${Math.round(rate * 100)}%`).padStart(11)}`;
  };
  const money = rollup.goals.map((g) => ({ label: g.label, ...moneyIn(rollup, g, period) }));
  return [
    `  ${word("cli.out.demo.goal").padEnd(16)}${word("cli.out.demo.budget").padStart(16)}${word("cli.out.demo.expenditure").padStart(16)}${word("cli.out.demo.execution").padStart(11)}`,
    ...money.map((m) => line(m.label, m.budget, m.expenditure)),
    line(
      word("cli.out.demo.allGoals"),
      money.reduce((n, m) => n + m.budget, 0),
      money.reduce((n, m) => n + m.expenditure, 0)
    ),
  ];
};

/** Counts of each status per sector for the reporting year, as the workbook's formulas compute them. */
export const statusCounts = (
  plan: Plan,
  entries: KpiEntries,
  period: number
): Map<string, Record<Status, number>> =>
  new Map(
    plan.sectors.map((sector) => {
      const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
      for (const kpi of sectorKpis(sector)) {
        const e = entries.get(kpi.id) ?? {};
        const status = computeStatus(
          {
            measure: kpi.measure,
            direction: kpi.direction,
            baseline: e.baseline,
            target: e.targets?.[period],
            actual: e.actuals?.[period],
            assessment: e.assessments?.[period],
          },
          plan.reporting
        );
        counts[status] += 1;
      }
      return [sector.id, counts];
    })
  );

import { buildReportingWorkbook, KpiEntry } from "../../src/core/layout";
import { Plan } from "../../src/core/plan";
import { parseReport } from "../../src/core/report";
import { RULES, ruleContext } from "../../src/core/rules";
import { CLEAN_VALUES } from "./fill";
import { makePlan } from "./make-plan";
import { SnapshotEdits, snapshotOfSpec } from "./spec-snapshot";

/** The test plan's workbook for 2021, cleanly filled, as a snapshot with these edits. */
export const cleanSnapshot = (edits: SnapshotEdits = {}, plan: Plan = makePlan()) =>
  snapshotOfSpec(
    buildReportingWorkbook(plan, {
      sectors: [],
      period: 2021,
      createdAt: "2021-01-01T00:00:00Z",
      generator: "test",
      entries: new Map(Object.entries(CLEAN_VALUES.entries) as [string, KpiEntry][]),
    }),
    edits
  );

/** What one rule finds in the cleanly filled test workbook after the edits, as "Sheet!Cell: message" lines. */
export const findingsOf = (
  ruleId: string,
  edits: SnapshotEdits = {},
  plan: Plan = makePlan()
): string[] => {
  const parsed = parseReport(cleanSnapshot(edits, plan), () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule
    .check(parsed.report, ruleContext(parsed.report, plan))
    .map((f) => `${f.sheet}!${f.cell ?? "-"}: ${f.message}`);
};

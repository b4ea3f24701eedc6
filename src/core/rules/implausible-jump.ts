import type { KpiYear } from "../report";
import { finding, Finding } from "../findings";
import { checkYears, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";
import type { RuleContext } from "./rule";

const flag = (
  year: KpiYear,
  before: KpiYear | undefined,
  { sector, kpi }: KpiEntryRow,
  { plan }: RuleContext
): Finding | null => {
  const previous = before?.actual.value;
  const current = year.actual.value;
  if (typeof previous !== "number" || typeof current !== "number" || previous === 0) return null;
  const change = Math.abs(current - previous) / Math.abs(previous);
  return change > plan.reporting.jumpThreshold
    ? finding(
        "implausible-jump",
        "warning",
        year.actual,
        `Actual ${year.year} of ${kpi.id} (${current}) differs from ${year.year - 1}'s (${previous}) by ${Math.round(change * 100)}%`,
        {
          sector: sector.id,
          fix: "Check for a typing error or a change of unit; if the value is right, say why in 'Evidence / comment'.",
        }
      )
    : null;
};

/** An actual that changes from the previous year's by more than the plan's jump threshold (default 100%). */
export const implausibleJump = kpiRule((row, context) =>
  row.kpi.measure !== "number" && row.kpi.measure !== "percentage"
    ? NONE
    : checkYears(row, context, flag)
);

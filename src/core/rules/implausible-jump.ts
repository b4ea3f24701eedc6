import { finding } from "./finding";
import { checkYears, kpiFindings, NONE } from "./kpi-cells";
import type { Rule } from "./rule";

/** An actual that changes from the previous year's by more than the plan's jump threshold (default 100%). */
export const implausibleJump: Rule = (report, { plan }) =>
  kpiFindings(report, ({ sector, kpi }) => {
    if (kpi.measure !== "number" && kpi.measure !== "percentage") return NONE;
    const limit = plan.reporting.jumpThreshold;
    return checkYears(kpi, (year, before) => {
      const previous = before?.actual.value;
      const current = year.actual.value;
      if (typeof previous !== "number" || typeof current !== "number" || previous === 0)
        return null;
      const change = Math.abs(current - previous) / Math.abs(previous);
      return change > limit
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
    });
  });

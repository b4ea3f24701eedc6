import { finding } from "./finding";
import { checkYears, kpiFindings, NONE } from "./kpi-cells";
import type { Rule } from "./rule";

/** A KPI the plan declares cumulative (running totals) whose actual falls from one year to the next. */
export const cumulativeDecrease: Rule = (report) =>
  kpiFindings(report, ({ sector, kpi }) =>
    !kpi.cumulative
      ? NONE
      : checkYears(kpi, (year, before) => {
          const previous = before?.actual.value;
          const current = year.actual.value;
          return typeof previous === "number" && typeof current === "number" && current < previous
            ? finding(
                "cumulative-decrease",
                "warning",
                year.actual,
                `Actual ${year.year} of ${kpi.id} (${current}) is below ${year.year - 1}'s (${previous}), but this KPI is a running total`,
                {
                  sector: sector.id,
                  fix: "Enter the total since the baseline, not the year's own figure.",
                }
              )
            : null;
        })
  );

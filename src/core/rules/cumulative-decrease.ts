import type { KpiYear } from "../report";
import { finding, Finding } from "../findings";
import { checkYears, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";

const flag = (
  year: KpiYear,
  before: KpiYear | undefined,
  { sector, kpi }: KpiEntryRow
): Finding | null => {
  const previous = before?.actual.value;
  const current = year.actual.value;
  return typeof previous === "number" && typeof current === "number" && current < previous
    ? finding(
        "cumulative-decrease",
        "warning",
        year.actual,
        `Actual ${year.year} of ${kpi.id} (${current}) is below ${year.year - 1}'s (${previous}), but this KPI is a running total`,
        { sector: sector.id, fix: "Enter the total since the baseline, not the year's own figure." }
      )
    : null;
};

/** A KPI the plan declares cumulative (running totals) whose actual falls from one year to the next. */
export const cumulativeDecrease = kpiRule((row, context) =>
  !row.kpi.cumulative ? NONE : checkYears(row, context, flag)
);

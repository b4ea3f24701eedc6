import type { KpiYear } from "../report";
import { isEmptyCell } from "../snapshot";
import { finding, Finding } from "../findings";
import { checkYears, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";

const flag = (
  y: KpiYear,
  _previous: KpiYear | undefined,
  { sector, kpi }: KpiEntryRow
): Finding | null =>
  !isEmptyCell(y.actual.value) && isEmptyCell(y.target.value)
    ? finding(
        "actual-without-target",
        "warning",
        y.target,
        `${kpi.id} has an actual for ${y.year} but no target`,
        { sector: sector.id, fix: `Enter the ${y.year} target.` }
      )
    : null;

/** An actual reported for a year that has no target: progress cannot be judged. */
export const actualWithoutTarget = kpiRule((row, context) =>
  row.kpi.measure === "qualitative" ? NONE : checkYears(row, context, flag)
);

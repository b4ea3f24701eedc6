import { DIRECTION_LABELS } from "../format";
import type { KpiYear } from "../report";
import { finding, Finding } from "../findings";
import { checkYears, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";

const flag = (
  y: KpiYear,
  _previous: KpiYear | undefined,
  { sector, kpi }: KpiEntryRow
): Finding | null => {
  const baseline = kpi.baseline.value;
  const direction = kpi.direction;
  const target = y.target.value;
  if (
    typeof target !== "number" ||
    typeof baseline !== "number" ||
    direction === null ||
    (direction === "up" ? target >= baseline : target <= baseline)
  )
    return null;
  return finding(
    "target-wrong-direction",
    "warning",
    y.target,
    `Target ${y.year} of ${kpi.id} (${target}) is ${direction === "up" ? "below" : "above"} its baseline (${baseline}), though ${DIRECTION_LABELS[direction].toLowerCase()}`,
    {
      sector: sector.id,
      fix: "Check the target, the baseline and the KPI's direction; status cannot be computed for such a target.",
    }
  );
};

/** A target on the wrong side of the baseline for the KPI's direction (a lower target for a higher-is-better KPI). */
export const targetWrongDirection = kpiRule((row, context) =>
  (row.kpi.measure !== "number" && row.kpi.measure !== "percentage") ||
  row.kpi.direction === null ||
  typeof row.kpi.baseline.value !== "number"
    ? NONE
    : checkYears(row, context, flag)
);

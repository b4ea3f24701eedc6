import { DIRECTION_LABELS } from "../layout";
import { finding } from "./finding";
import { checkYears, kpiFindings, NONE } from "./kpi-cells";
import type { Rule } from "./rule";

/** A target on the wrong side of the baseline for the KPI's direction (a lower target for a higher-is-better KPI). */
export const targetWrongDirection: Rule = (report) =>
  kpiFindings(report, ({ sector, kpi }) => {
    const baseline = kpi.baseline.value;
    const direction = kpi.direction;
    if (
      (kpi.measure !== "number" && kpi.measure !== "percentage") ||
      direction === null ||
      typeof baseline !== "number"
    )
      return NONE;
    return checkYears(kpi, (y) => {
      const target = y.target.value;
      if (
        typeof target !== "number" ||
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
    });
  });

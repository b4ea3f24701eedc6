import { DIRECTION_LABELS } from "../layout";
import { finding } from "./finding";
import { allKpis } from "./kpi-cells";
import type { Rule } from "./rule";

/** A target on the wrong side of the baseline for the KPI's direction (a lower target for a higher-is-better KPI). */
export const targetWrongDirection: Rule = (report) =>
  allKpis(report).flatMap(({ sector, kpi }) => {
    const baseline = kpi.baseline.value;
    if ((kpi.measure !== "number" && kpi.measure !== "percentage") || kpi.direction === null || typeof baseline !== "number") return [];
    return kpi.years
      .filter((y) => typeof y.target.value === "number" && (kpi.direction === "up" ? y.target.value < baseline : y.target.value > baseline))
      .map((y) =>
        finding("target-wrong-direction", "warning", y.target.at, `Target ${y.year} of ${kpi.id} (${String(y.target.value)}) is ${kpi.direction === "up" ? "below" : "above"} its baseline (${baseline}), though ${DIRECTION_LABELS[kpi.direction ?? "up"].toLowerCase()}`, {
          sector: sector.id,
          fix: "Check the target, the baseline and the KPI's direction; status cannot be computed for such a target.",
        })
      );
  });

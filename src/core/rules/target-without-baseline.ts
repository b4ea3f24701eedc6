import { isEmptyCell } from "../snapshot";
import { finding } from "../findings";
import { kpiRule, NONE } from "./kpi-cells";

/** A number or percentage KPI with targets but no baseline: progress cannot be computed. */
export const targetWithoutBaseline = kpiRule(({ sector, kpi }) =>
  (kpi.measure === "number" || kpi.measure === "percentage") &&
  isEmptyCell(kpi.baseline.value) &&
  kpi.years.some((y) => !isEmptyCell(y.target.value))
    ? [
        finding(
          "target-without-baseline",
          "warning",
          kpi.baseline,
          `${kpi.id} has targets but no baseline`,
          { sector: sector.id, fix: "Enter the baseline value and the year it was measured." }
        ),
      ]
    : NONE
);

import { isEmptyCell } from "../snapshot";
import { finding } from "../findings";
import { kpiRule, NONE } from "./kpi-cells";

/** A number or percentage KPI with targets but no baseline: progress cannot be computed. */
export const targetWithoutBaseline = kpiRule(({ sector, kpi }, { i18n }) =>
  (kpi.measure === "number" || kpi.measure === "percentage") &&
  isEmptyCell(kpi.baseline.value) &&
  kpi.years.some((y) => !isEmptyCell(y.target.value))
    ? [
        finding(
          "target-without-baseline",
          "warning",
          kpi.baseline,
          i18n.t("finding.target-without-baseline.message", { kpi: kpi.id }),
          { sector: sector.id, fix: i18n.t("finding.target-without-baseline.fixYear") }
        ),
      ]
    : NONE
);

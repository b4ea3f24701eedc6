import { MEASURE_LABELS, YES_NO } from "../layout";
import { describeCell, isEmptyCell } from "../snapshot";
import { finding } from "./finding";
import { kpiFindings, checkValues, NONE } from "./kpi-cells";
import type { Rule } from "./rule";

/** A Yes/No or Milestone KPI with a value outside its list, or a Measure cell that names no measure. */
export const valueNotInList: Rule = (report, { plan }) =>
  kpiFindings(report, ({ sector, kpi }) => {
    if (kpi.measure === null) {
      return [
        finding(
          "value-not-in-list",
          "error",
          kpi.measureCell,
          `Measure of ${kpi.id} is ${describeCell(kpi.measureCell.value)}, not one of ${Object.values(MEASURE_LABELS).join(", ")}`,
          {
            sector: sector.id,
            fix: "Choose the measure from the dropdown; the KPI's values cannot be checked until then.",
          }
        ),
      ];
    }
    const list =
      kpi.measure === "yes-no"
        ? YES_NO
        : kpi.measure === "milestone"
          ? plan.reporting.milestoneStages
          : null;
    if (!list) return NONE;
    const allowed = new Set(list.map((v) => v.toLowerCase()));
    return checkValues(kpi, (field, label) =>
      isEmptyCell(field.value) ||
      (typeof field.value === "string" && allowed.has(field.value.trim().toLowerCase()))
        ? null
        : finding(
            "value-not-in-list",
            "error",
            field,
            `${label} of ${kpi.id} is ${describeCell(field.value)}, not one of ${list.join(", ")}`,
            { sector: sector.id, fix: "Choose a value from the cell's dropdown." }
          )
    );
  });

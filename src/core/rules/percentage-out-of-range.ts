import type { Field } from "../report";
import { finding, Finding } from "../findings";
import { checkValues, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";

const flag = (field: Field, label: string, { sector, kpi }: KpiEntryRow): Finding | null =>
  typeof field.value === "number" && (field.value < 0 || field.value > 100)
    ? finding(
        "percentage-out-of-range",
        "error",
        field,
        `${label} of ${kpi.id} is ${String(field.value)}%, outside 0-100`,
        { sector: sector.id, fix: "Percentages are numbers from 0 to 100: type 85 for 85%." }
      )
    : null;

/** A percentage KPI with a value below 0 or above 100 (a share typed as 0.85, or a typo). */
export const percentageOutOfRange = kpiRule((row, context) =>
  row.kpi.measure !== "percentage" ? NONE : checkValues(row, context, flag)
);

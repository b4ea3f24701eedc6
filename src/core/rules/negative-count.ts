import type { Field } from "../report";
import { finding, Finding } from "../findings";
import { checkValues, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";

const flag = (field: Field, label: string, { sector, kpi }: KpiEntryRow): Finding | null =>
  typeof field.value === "number" && field.value < 0
    ? finding(
        "negative-count",
        "error",
        field,
        `${label} of ${kpi.id} is ${String(field.value)}, but a count cannot be negative`,
        { sector: sector.id }
      )
    : null;

/** A KPI that counts things (unit "count") with a negative value. */
export const negativeCount = kpiRule((row, context) =>
  row.kpi.measure !== "number" || row.kpi.unit.toLowerCase() !== "count"
    ? NONE
    : checkValues(row, context, flag)
);

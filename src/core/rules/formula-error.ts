import type { Field } from "../report";
import { finding, Finding } from "../findings";
import { checkValues, KpiEntryRow, kpiRule } from "./kpi-cells";

const errorOf = (field: Field | null): string | null =>
  field !== null &&
  typeof field.value === "object" &&
  field.value !== null &&
  "error" in field.value
    ? field.value.error
    : null;

const flag = (field: Field, label: string, { sector, kpi }: KpiEntryRow): Finding | null => {
  const error = errorOf(field);
  return error === null
    ? null
    : finding("formula-error", "error", field, `${label} of ${kpi.id} shows the error ${error}`, {
        sector: sector.id,
        fix: "Replace the formula by the value, or correct what it refers to.",
      });
};

/** A cell of a KPI row showing a formula error (#DIV/0!, #REF!, #VALUE!, ...). */
export const formulaError = kpiRule((row, context) => {
  const { kpi } = row;
  const values = checkValues(row, context, flag);
  const status = kpi.status ? flag(kpi.status, "Status", row) : null;
  const year = flag(kpi.baselineYear, "Baseline year", row);
  if (!status && !year) return values;
  return [...values, ...(status ? [status] : []), ...(year ? [year] : [])];
});

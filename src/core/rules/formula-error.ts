import type { Field } from "../report";
import { finding, Finding } from "../findings";
import { checkValues, KpiEntryRow, kpiRule } from "./kpi-cells";
import type { RuleContext } from "./rule";
import { header } from "./words";

const errorOf = (field: Field | null): string | null =>
  field !== null &&
  typeof field.value === "object" &&
  field.value !== null &&
  "error" in field.value
    ? field.value.error
    : null;

const flag = (
  field: Field,
  label: string,
  { sector, kpi }: KpiEntryRow,
  { i18n }: RuleContext
): Finding | null => {
  const error = errorOf(field);
  return error === null
    ? null
    : finding(
        "formula-error",
        "error",
        field,
        i18n.t("finding.formula-error.message", { column: label, kpi: kpi.id, error }),
        { sector: sector.id, fix: i18n.t("finding.formula-error.fixCell") }
      );
};

/** A cell of a KPI row showing a formula error (#DIV/0!, #REF!, #VALUE!, ...). */
export const formulaError = kpiRule((row, context) => {
  const { kpi } = row;
  const values = checkValues(row, context, flag);
  const status = kpi.status
    ? flag(kpi.status, context.i18n.t("finding.column.status"), row, context)
    : null;
  const year = flag(kpi.baselineYear, header(context, "baselineYear"), row, context);
  if (!status && !year) return values;
  return [...values, ...(status ? [status] : []), ...(year ? [year] : [])];
});

import type { Field } from "../report";
import { finding, Finding } from "./finding";
import { checkValues, kpiFindings } from "./kpi-cells";
import type { Rule } from "./rule";

const errorOf = (field: Field | null): string | null =>
  field !== null &&
  typeof field.value === "object" &&
  field.value !== null &&
  "error" in field.value
    ? field.value.error
    : null;

/** A cell of a KPI row showing a formula error (#DIV/0!, #REF!, #VALUE!, ...). */
export const formulaError: Rule = (report) =>
  kpiFindings(report, ({ sector, kpi }) => {
    const flag = (field: Field, label: string): Finding | null => {
      const error = errorOf(field);
      return error === null
        ? null
        : finding(
            "formula-error",
            "error",
            field,
            `${label} of ${kpi.id} shows the error ${error}`,
            {
              sector: sector.id,
              fix: "Replace the formula by the value, or correct what it refers to.",
            }
          );
    };
    const values = checkValues(kpi, flag);
    const status = kpi.status ? flag(kpi.status, "Status") : null;
    const year = flag(kpi.baselineYear, "Baseline year");
    if (!status && !year) return values;
    return [...values, ...(status ? [status] : []), ...(year ? [year] : [])];
  });

import { finding } from "./finding";
import { checkYears, kpiFindings, NONE } from "./kpi-cells";
import type { Rule } from "./rule";
import type { Field, KpiRow } from "../report";

/** A qualitative KPI reported as a bare number where a narrative belongs. */
export const qualitativeNumber: Rule = (report) =>
  kpiFindings(report, ({ sector, kpi }) => {
    if (kpi.measure !== "qualitative") return NONE;
    const flag = (k: KpiRow, field: Field, label: string) =>
      typeof field.value === "number"
        ? finding(
            "qualitative-number",
            "warning",
            field,
            `${label} of ${k.id} is the number ${String(field.value)}, but this KPI is qualitative`,
            {
              sector: sector.id,
              fix: "Describe the result in words (what happened, compared with what was planned), or ask the plan owners to make the KPI a number.",
            }
          )
        : null;
    const targets = checkYears(kpi, (y) => flag(kpi, y.target, `Target ${y.year}`));
    const actuals = checkYears(kpi, (y) => flag(kpi, y.actual, `Actual ${y.year}`));
    return targets.length === 0
      ? actuals
      : actuals.length === 0
        ? targets
        : [...targets, ...actuals];
  });

import type { Field, KpiYear } from "../report";
import { finding, Finding } from "../findings";
import { checkYears, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";

const flag = ({ sector, kpi }: KpiEntryRow, field: Field, label: string): Finding | null =>
  typeof field.value === "number"
    ? finding(
        "qualitative-number",
        "warning",
        field,
        `${label} of ${kpi.id} is the number ${String(field.value)}, but this KPI is qualitative`,
        {
          sector: sector.id,
          fix: "Describe the result in words (what happened, compared with what was planned), or ask the plan owners to make the KPI a number.",
        }
      )
    : null;
const flagTarget = (
  y: KpiYear,
  _previous: KpiYear | undefined,
  row: KpiEntryRow
): Finding | null =>
  typeof y.target.value === "number" ? flag(row, y.target, `Target ${y.year}`) : null;
const flagActual = (
  y: KpiYear,
  _previous: KpiYear | undefined,
  row: KpiEntryRow
): Finding | null =>
  typeof y.actual.value === "number" ? flag(row, y.actual, `Actual ${y.year}`) : null;

/** A qualitative KPI reported as a bare number where a narrative belongs. */
export const qualitativeNumber = kpiRule((row, context) => {
  if (row.kpi.measure !== "qualitative") return NONE;
  const targets = checkYears(row, context, flagTarget);
  const actuals = checkYears(row, context, flagActual);
  return targets.length === 0 ? actuals : actuals.length === 0 ? targets : [...targets, ...actuals];
});

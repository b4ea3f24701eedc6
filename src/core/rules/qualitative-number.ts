import type { Field, KpiYear } from "../report";
import { finding, Finding } from "../findings";
import { checkYears, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";
import type { RuleContext } from "./rule";
import { header, plainNumber } from "./words";

const flag = (
  { sector, kpi }: KpiEntryRow,
  field: Field,
  label: string,
  { i18n }: RuleContext
): Finding | null =>
  typeof field.value === "number"
    ? finding(
        "qualitative-number",
        "warning",
        field,
        i18n.t("finding.qualitative-number.message", {
          column: label,
          kpi: kpi.id,
          value: plainNumber(i18n, field.value),
        }),
        { sector: sector.id, fix: i18n.t("finding.qualitative-number.fixWords") }
      )
    : null;
const flagTarget = (
  y: KpiYear,
  _previous: KpiYear | undefined,
  row: KpiEntryRow,
  context: RuleContext
): Finding | null =>
  typeof y.target.value === "number"
    ? flag(row, y.target, header(context, "target", y.year), context)
    : null;
const flagActual = (
  y: KpiYear,
  _previous: KpiYear | undefined,
  row: KpiEntryRow,
  context: RuleContext
): Finding | null =>
  typeof y.actual.value === "number"
    ? flag(row, y.actual, header(context, "actual", y.year), context)
    : null;

/** A qualitative KPI reported as a bare number where a narrative belongs. */
export const qualitativeNumber = kpiRule((row, context) => {
  if (row.kpi.measure !== "qualitative") return NONE;
  const targets = checkYears(row, context, flagTarget);
  const actuals = checkYears(row, context, flagActual);
  return targets.length === 0 ? actuals : actuals.length === 0 ? targets : [...targets, ...actuals];
});

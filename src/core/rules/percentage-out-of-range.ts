import type { Field } from "../report";
import { finding, Finding } from "../findings";
import { checkValues, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";
import type { RuleContext } from "./rule";
import { plainNumber } from "./words";

const flag = (
  field: Field,
  label: string,
  { sector, kpi }: KpiEntryRow,
  { i18n }: RuleContext
): Finding | null =>
  typeof field.value === "number" && (field.value < 0 || field.value > 100)
    ? finding(
        "percentage-out-of-range",
        "error",
        field,
        i18n.t("finding.percentage-out-of-range.message", {
          column: label,
          kpi: kpi.id,
          value: plainNumber(i18n, field.value),
        }),
        { sector: sector.id, fix: i18n.t("finding.percentage-out-of-range.fix85") }
      )
    : null;

/** A percentage KPI with a value below 0 or above 100 (a share typed as 0.85, or a typo). */
export const percentageOutOfRange = kpiRule((row, context) =>
  row.kpi.measure !== "percentage" ? NONE : checkValues(row, context, flag)
);

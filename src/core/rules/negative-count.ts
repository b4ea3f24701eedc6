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
  typeof field.value === "number" && field.value < 0
    ? finding(
        "negative-count",
        "error",
        field,
        i18n.t("finding.negative-count.message", {
          column: label,
          kpi: kpi.id,
          value: plainNumber(i18n, field.value),
        }),
        { sector: sector.id }
      )
    : null;

/** A KPI that counts things (unit "count") with a negative value. */
export const negativeCount = kpiRule((row, context) =>
  row.kpi.measure !== "number" || row.kpi.unit.toLowerCase() !== "count"
    ? NONE
    : checkValues(row, context, flag)
);

import { isEmptyCell } from "../snapshot";
import type { Field } from "../report";
import { finding, Finding } from "../findings";
import { checkValues, KpiEntryRow, kpiRule, NONE, numberInText } from "./kpi-cells";
import type { RuleContext } from "./rule";
import { describeValue, header, plainNumber } from "./words";

const flag = (
  field: Field,
  label: string,
  { sector, kpi }: KpiEntryRow,
  context: RuleContext
): Finding | null => {
  const v = field.value;
  if (
    typeof v === "number" ||
    isEmptyCell(v) ||
    (typeof v === "object" && v !== null && "error" in v)
  )
    return null;
  const { i18n } = context;
  const meant = typeof v === "string" ? numberInText(v) : null;
  return finding(
    "value-not-number",
    "error",
    field,
    i18n.t("finding.value-not-number.message", {
      column: label,
      kpi: kpi.id,
      value: describeValue(i18n, v),
    }),
    {
      sector: sector.id,
      fix:
        meant !== null
          ? i18n.t("finding.value-not-number.fixMeant", {
              value: plainNumber(i18n, meant),
              percentage: kpi.measure === "percentage" ? "yes" : "no",
            })
          : i18n.t("finding.value-not-number.fixEmpty", {
              dataNote: header(context, "dataNote"),
              evidence: header(context, "evidence"),
            }),
    }
  );
};

/** A number or percentage KPI with text, a date or TRUE/FALSE where a number belongs ("12%", "n/a", "1,000" typed as text). */
export const valueNotNumber = kpiRule((row, context) =>
  row.kpi.measure !== "number" && row.kpi.measure !== "percentage"
    ? NONE
    : checkValues(row, context, flag)
);

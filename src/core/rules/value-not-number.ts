import { describeCell, isEmptyCell } from "../snapshot";
import type { Field } from "../report";
import { finding, Finding } from "../findings";
import { checkValues, KpiEntryRow, kpiRule, NONE, numberInText } from "./kpi-cells";

const flag = (field: Field, label: string, { sector, kpi }: KpiEntryRow): Finding | null => {
  const v = field.value;
  if (
    typeof v === "number" ||
    isEmptyCell(v) ||
    (typeof v === "object" && v !== null && "error" in v)
  )
    return null;
  const meant = typeof v === "string" ? numberInText(v) : null;
  return finding(
    "value-not-number",
    "error",
    field,
    `${label} of ${kpi.id} holds ${describeCell(v)}, not a number`,
    {
      sector: sector.id,
      fix:
        meant !== null
          ? `Type ${meant} (a plain number${kpi.measure === "percentage" ? ", 85 for 85%" : ""}).`
          : "Type a number, or leave the cell empty and explain in 'Data note' and 'Evidence / comment'.",
    }
  );
};

/** A number or percentage KPI with text, a date or TRUE/FALSE where a number belongs ("12%", "n/a", "1,000" typed as text). */
export const valueNotNumber = kpiRule((row, context) =>
  row.kpi.measure !== "number" && row.kpi.measure !== "percentage"
    ? NONE
    : checkValues(row, context, flag)
);

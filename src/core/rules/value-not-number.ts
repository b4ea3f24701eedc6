import { describeCell, isEmptyCell } from "../snapshot";
import { finding } from "./finding";
import { kpiFindings, checkValues, NONE, numberInText } from "./kpi-cells";
import type { Rule } from "./rule";

/** A number or percentage KPI with text, a date or TRUE/FALSE where a number belongs ("12%", "n/a", "1,000" typed as text). */
export const valueNotNumber: Rule = (report) =>
  kpiFindings(report, ({ sector, kpi }) =>
    kpi.measure !== "number" && kpi.measure !== "percentage"
      ? NONE
      : checkValues(kpi, (field, label) => {
          const v = field.value;
          if (
            isEmptyCell(v) ||
            typeof v === "number" ||
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
        })
  );

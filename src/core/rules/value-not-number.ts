import { describeCell, isEmptyCell } from "../snapshot";
import { finding } from "./finding";
import { allKpis, numberInText, valueCells } from "./kpi-cells";
import type { Rule } from "./rule";

/** A number or percentage KPI with text, a date or TRUE/FALSE where a number belongs ("12%", "n/a", "1,000" typed as text). */
export const valueNotNumber: Rule = (report) =>
  allKpis(report).flatMap(({ sector, kpi }) =>
    kpi.measure !== "number" && kpi.measure !== "percentage"
      ? []
      : valueCells(kpi)
          .filter(({ field }) => !isEmptyCell(field.value) && typeof field.value !== "number" && !(typeof field.value === "object" && field.value !== null && "error" in field.value))
          .map(({ label, field }) => {
            const meant = typeof field.value === "string" ? numberInText(field.value) : null;
            return finding("value-not-number", "error", field.at, `${label} of ${kpi.id} holds ${describeCell(field.value)}, not a number`, {
              sector: sector.id,
              fix: meant !== null ? `Type ${meant} (a plain number${kpi.measure === "percentage" ? ", 85 for 85%" : ""}).` : "Type a number, or leave the cell empty and explain in 'Data note' and 'Evidence / comment'.",
            });
          })
  );

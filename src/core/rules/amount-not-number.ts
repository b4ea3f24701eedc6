import { describeCell, isEmptyCell } from "../snapshot";
import { finding, Finding } from "../findings";
import { resourceCells } from "./resource-cells";
import type { Rule } from "./rule";

/** Text, a date, TRUE/FALSE or an error in a budget, expenditure or share: no total can count it. */
export const amountNotNumber: Rule = (report): Finding[] =>
  resourceCells(report.sectors)
    .filter(({ field }) => typeof field.value !== "number" && !isEmptyCell(field.value))
    .map(({ sector, field, name }) =>
      finding(
        "amount-not-number",
        "error",
        field,
        `${name} holds ${describeCell(field.value)}, not a number; the totals count it as 0`,
        {
          sector: sector.id,
          fix: "Type the amount as a plain number, without currency or separators.",
        }
      )
    );

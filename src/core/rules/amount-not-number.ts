import { isEmptyCell } from "../snapshot";
import { finding, Finding } from "../findings";
import { resourceCells } from "./resource-cells";
import type { Rule } from "./rule";
import { describeValue } from "./words";

/** Text, a date, TRUE/FALSE or an error in a budget, expenditure or share: no total can count it. */
export const amountNotNumber: Rule = (report, { i18n }): Finding[] =>
  resourceCells(report.sectors, i18n)
    .filter(({ field }) => typeof field.value !== "number" && !isEmptyCell(field.value))
    .map(({ sector, field, name }) =>
      finding(
        "amount-not-number",
        "error",
        field,
        i18n.t("finding.amount-not-number.message", {
          cell: name,
          value: describeValue(i18n, field.value),
        }),
        { sector: sector.id, fix: i18n.t("finding.amount-not-number.fixPlain") }
      )
    );

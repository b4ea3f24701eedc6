import { finding, Finding } from "../findings";
import { resourceCells } from "./resource-cells";
import type { Rule } from "./rule";
import { plainNumber } from "./words";

/** A budget, expenditure or share below zero: money is not negative, and a refund is entered as less expenditure. */
export const negativeAmount: Rule = (report, { i18n }): Finding[] =>
  resourceCells(report.sectors, i18n)
    .filter(({ field }) => typeof field.value === "number" && field.value < 0)
    .map(({ sector, field, name }) =>
      finding(
        "negative-amount",
        "error",
        field,
        i18n.t("finding.negative-amount.message", {
          cell: name,
          value: plainNumber(i18n, field.value as number),
        }),
        { sector: sector.id }
      )
    );

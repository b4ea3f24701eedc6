import { finding, Finding } from "../findings";
import { resourceCells } from "./resource-cells";
import type { Rule } from "./rule";

/** A budget, expenditure or share below zero: money is not negative, and a refund is entered as less expenditure. */
export const negativeAmount: Rule = (report): Finding[] =>
  resourceCells(report.sectors)
    .filter(({ field }) => typeof field.value === "number" && field.value < 0)
    .map(({ sector, field, name }) =>
      finding(
        "negative-amount",
        "error",
        field,
        `${name} is ${String(field.value)}, but an amount or share cannot be negative`,
        { sector: sector.id }
      )
    );

import { finding, Finding } from "../findings";
import type { Rule } from "./rule";
import { amountText } from "./words";

/** Money spent on an output in a year for which it has no approved budget (empty or 0). */
export const expenditureWithoutBudget: Rule = (report, { plan, i18n }): Finding[] =>
  report.sectors.flatMap((sector) =>
    (sector.outputResources ?? []).flatMap((row) =>
      row.years
        .filter(
          (y) =>
            typeof y.expenditure.value === "number" &&
            y.expenditure.value > 0 &&
            !(typeof y.budget.value === "number" && y.budget.value > 0)
        )
        .map((y) =>
          finding(
            "expenditure-without-budget",
            "error",
            y.expenditure,
            i18n.t("finding.expenditure-without-budget.message", {
              id: row.id,
              amount: amountText(i18n, y.expenditure.value as number, plan.resources.currency),
              year: y.year,
            }),
            {
              sector: sector.id,
              fix: i18n.t("finding.expenditure-without-budget.fixYear", {
                column: i18n.t("finding.column.budget", { year: y.year }),
              }),
            }
          )
        )
    )
  );

import { formatAmount } from "../resources";
import { finding, Finding } from "../findings";
import type { Rule } from "./rule";

/** Money spent on an output in a year for which it has no approved budget (empty or 0). */
export const expenditureWithoutBudget: Rule = (report, { plan }): Finding[] =>
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
            `${row.id} spent ${formatAmount(y.expenditure.value as number, plan.resources.currency)} in ${y.year} without a budget for that year`,
            { sector: sector.id, fix: `Enter the approved budget in Budget ${y.year}.` }
          )
        )
    )
  );

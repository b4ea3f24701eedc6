import { finding, Finding } from "../findings";
import type { Rule } from "./rule";
import { amountText, plainNumber } from "./words";

/** Expenditure above the approved budget by more than the plan's tolerance ("Annual budget is not over-spent"). */
export const overSpend: Rule = (report, { plan, i18n }): Finding[] => {
  const { currency, overspendTolerance } = plan.resources;
  return report.sectors.flatMap((sector) =>
    (sector.outputResources ?? []).flatMap((row) =>
      row.years.flatMap((y) => {
        const budget = y.budget.value;
        const spent = y.expenditure.value;
        if (typeof budget !== "number" || typeof spent !== "number" || budget <= 0) return [];
        if (spent <= budget * (1 + overspendTolerance)) return [];
        const over = Math.round(((spent - budget) / budget) * 1000) / 10;
        return [
          finding(
            "over-spend",
            "warning",
            y.expenditure,
            i18n.t("finding.over-spend.message", {
              id: row.id,
              spent: amountText(i18n, spent, currency),
              year: y.year,
              budget: amountText(i18n, budget, currency),
              over: plainNumber(i18n, over),
              beyond: overspendTolerance > 0 ? "yes" : "no",
              tolerance: plainNumber(i18n, overspendTolerance * 100),
            }),
            { sector: sector.id, fix: i18n.t("finding.over-spend.fixExplain") }
          ),
        ];
      })
    )
  );
};

import { formatAmount } from "../resources";
import { finding, Finding } from "../findings";
import type { Rule } from "./rule";

/** Expenditure above the approved budget by more than the plan's tolerance ("Annual budget is not over-spent"). */
export const overSpend: Rule = (report, { plan }): Finding[] => {
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
            `${row.id} spent ${formatAmount(spent, currency)} in ${y.year} against a budget of ${formatAmount(budget, currency)}: ${over}% over` +
              (overspendTolerance > 0
                ? `, beyond the plan's tolerance of ${overspendTolerance * 100}%`
                : ""),
            {
              sector: sector.id,
              fix: "Check the figure; if it is right, explain the over-spend in the KPI's evidence or the Council report.",
            }
          ),
        ];
      })
    )
  );
};

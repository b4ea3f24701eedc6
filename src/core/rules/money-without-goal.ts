import { rollUpResources } from "../resources";
import { finding, Finding } from "../findings";
import type { Rule } from "./rule";
import { amountText, plainNumber } from "./words";

const EPSILON = 1e-9;

/**
 * Money on an output that reaches no goal (the output serves no objective, or its objectives serve no goal), or
 * only part of it: that part is in the sector's total and in no goal's, so the Council's figures by goal miss it.
 */
export const moneyWithoutGoal: Rule = (report, { plan, i18n }): Finding[] => {
  const rollup = rollUpResources(report, plan);
  return rollup.outputs.flatMap((output) => {
    const budget = output.byYear.reduce((sum, m) => sum + Math.abs(m.budget), 0);
    const spent = output.byYear.reduce((sum, m) => sum + Math.abs(m.expenditure), 0);
    if (budget + spent === 0 || output.reachingGoal >= 1 - EPSILON) return [];
    const how =
      output.toObjectives.size === 0
        ? "noObjective"
        : output.reachingGoal <= EPSILON
          ? "noGoal"
          : "part";
    return [
      finding(
        "money-without-goal",
        "error",
        output.at,
        i18n.t("finding.money-without-goal.message", {
          id: output.id,
          amount: amountText(i18n, budget > 0 ? budget : spent, rollup.currency),
          kind: budget > 0 ? "budget" : "expenditure",
          how,
          share: plainNumber(i18n, Math.round(output.reachingGoal * 1000) / 10),
        }),
        {
          ...(output.sector ? { sector: output.sector } : {}),
          fix: i18n.t("finding.money-without-goal.fixLink"),
        }
      ),
    ];
  });
};

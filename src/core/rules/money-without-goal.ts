import { formatAmount, rollUpResources } from "../resources";
import { finding, Finding } from "../findings";
import type { Rule } from "./rule";

const EPSILON = 1e-9;

/**
 * Money on an output that reaches no goal (the output serves no objective, or its objectives serve no goal), or
 * only part of it: that part is in the sector's total and in no goal's, so the Council's figures by goal miss it.
 */
export const moneyWithoutGoal: Rule = (report, { plan }): Finding[] => {
  const rollup = rollUpResources(report, plan);
  return rollup.outputs.flatMap((output) => {
    const budget = output.byYear.reduce((sum, m) => sum + Math.abs(m.budget), 0);
    const spent = output.byYear.reduce((sum, m) => sum + Math.abs(m.expenditure), 0);
    if (budget + spent === 0 || output.reachingGoal >= 1 - EPSILON) return [];
    const money = formatAmount(budget > 0 ? budget : spent, rollup.currency);
    const kind = budget > 0 ? "budget" : "expenditure";
    const how =
      output.toObjectives.size === 0
        ? "it is linked to no objective"
        : output.reachingGoal <= EPSILON
          ? "none of its objectives serves a goal"
          : `only ${Math.round(output.reachingGoal * 1000) / 10}% of it reaches a goal through its objectives`;
    return [
      finding(
        "money-without-goal",
        "error",
        output.at,
        `${output.id} has ${money} of ${kind} over the plan's years, but ${how}; the totals by goal leave it out`,
        {
          ...(output.sector ? { sector: output.sector } : {}),
          fix: "Link the output to an objective (and that objective to a goal) with an X, or move its money to an output that has one.",
        }
      ),
    ];
  });
};

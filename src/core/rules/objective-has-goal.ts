import { isLinked } from "../report";
import { finding } from "../findings";
import type { Rule } from "./rule";

/**
 * An objective that contributes to no goal of the Union (Part II, Table 8.1). Where the plan's source itself gives
 * the objective no goal (the 2008-2011 plan's matrix is cut off), the finding says so: the marks are the officers'
 * to make, from their plan document.
 */
export const objectiveHasGoal: Rule = (report, { plan, i18n }) =>
  report.sectors.flatMap((sector) => {
    const planSector = plan.sectors.find((s) => s.id === sector.id);
    return (sector.objectives ?? [])
      .filter((o) => !o.goals.some(isLinked))
      .map((o) => {
        const planObjective = planSector?.objectives.find((p) => p.id === o.id);
        const sourceSilent = planObjective !== undefined && planObjective.goals.length === 0;
        return sourceSilent
          ? finding(
              "objective-has-goal",
              "error",
              o.at,
              i18n.t("finding.objective-has-goal.sourceSilent", {
                label: o.label,
                id: o.id,
                command: "kpi-report plans --notes",
              }),
              {
                sector: sector.id,
                fix: i18n.t("finding.objective-has-goal.fixFromPlan", {
                  label: o.label,
                  sheet: o.at.sheet,
                }),
              }
            )
          : finding(
              "objective-has-goal",
              "error",
              o.at,
              i18n.t("finding.objective-has-goal.message", { label: o.label, id: o.id }),
              { sector: sector.id, fix: i18n.t("finding.objective-has-goal.fixMark") }
            );
      });
  });

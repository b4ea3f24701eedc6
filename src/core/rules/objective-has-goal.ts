import { isLinked } from "../report";
import { finding } from "../findings";
import type { Rule } from "./rule";

/** An objective that contributes to no goal of the Union (Part II, Table 8.1). */
export const objectiveHasGoal: Rule = (report) =>
  report.sectors.flatMap((sector) =>
    (sector.objectives ?? [])
      .filter((o) => !o.goals.some(isLinked))
      .map((o) =>
        finding(
          "objective-has-goal",
          "error",
          o.at,
          `${o.label} (${o.id}) is not linked to any goal`,
          { sector: sector.id, fix: "Put an X under the goal(s) it contributes to." }
        )
      )
  );

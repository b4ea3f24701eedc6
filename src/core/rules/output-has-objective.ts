import { isLinked } from "../report";
import { finding } from "../findings";
import type { Rule } from "./rule";

/** An output linked to no objective in Table X.1: it serves nothing the plan measures. */
export const outputHasObjective: Rule = (report) =>
  report.sectors.flatMap((sector) =>
    (sector.outputs ?? [])
      .filter((o) => !o.objectives.some(isLinked))
      .map((o) =>
        finding(
          "output-has-objective",
          "error",
          o.at,
          `Output "${o.name}" (${o.id}) is not linked to any objective`,
          { sector: sector.id, fix: "Put an X under the objective(s) it serves." }
        )
      )
  );

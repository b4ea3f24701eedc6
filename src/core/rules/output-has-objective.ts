import { isLinked } from "../report";
import { finding } from "../findings";
import type { Rule } from "./rule";

/** An output linked to no objective in Table X.1: it serves nothing the plan measures. */
export const outputHasObjective: Rule = (report, { i18n }) =>
  report.sectors.flatMap((sector) =>
    (sector.outputs ?? [])
      .filter((o) => !o.objectives.some(isLinked))
      .map((o) =>
        finding(
          "output-has-objective",
          "error",
          o.at,
          i18n.t("finding.output-has-objective.message", { name: o.name, id: o.id }),
          { sector: sector.id, fix: i18n.t("finding.output-has-objective.fixMark") }
        )
      )
  );

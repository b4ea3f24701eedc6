import { finding } from "../findings";
import type { Rule } from "./rule";

/** An objective with no expected result in Table X.2 (only where the plan has a Table X.2). */
export const objectiveHasExpectedResult: Rule = (report, { i18n }) =>
  report.sectors.flatMap((sector) => {
    if (!sector.objectives || !sector.results) return [];
    const withResult = new Set(
      sector.results
        .filter((r) => r.kind.toLowerCase() === "expected result")
        .map((r) => String(r.objective.value ?? "").trim())
    );
    return sector.objectives
      .filter((o) => !withResult.has(o.id))
      .map((o) =>
        finding(
          "objective-has-expected-result",
          "warning",
          o.at,
          i18n.t("finding.objective-has-expected-result.message", { label: o.label, id: o.id }),
          { sector: sector.id }
        )
      );
  });

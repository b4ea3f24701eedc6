import { finding } from "../findings";
import type { Rule } from "./rule";

/** An objective with no expected result in Table X.2 (only where the plan has a Table X.2). */
export const objectiveHasExpectedResult: Rule = (report) =>
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
          `${o.label} (${o.id}) has no expected result`,
          { sector: sector.id }
        )
      );
  });

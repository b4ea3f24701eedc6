import { finding } from "../findings";
import { linkedObjectiveIds } from "../report";
import type { Rule } from "./rule";

/** An objective that no output serves. */
export const objectiveHasOutput: Rule = (report) =>
  report.sectors.flatMap((sector) => {
    if (!sector.objectives || !sector.outputs) return [];
    const served = new Set(sector.outputs.flatMap((o) => linkedObjectiveIds(sector, o)));
    return sector.objectives
      .filter((o) => !served.has(o.id))
      .map((o) =>
        finding(
          "objective-has-output",
          "error",
          o.at,
          `${o.label} (${o.id}) has no output linked to it`,
          {
            sector: sector.id,
            fix: `Mark the outputs that serve it on the "${sector.id} Outputs" sheet.`,
          }
        )
      );
  });

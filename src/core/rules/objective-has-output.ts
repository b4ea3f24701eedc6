import { finding } from "../findings";
import { sectorSheetName } from "../format";
import { linkedObjectiveIds } from "../report";
import type { Rule } from "./rule";

/** An objective that no output serves. */
export const objectiveHasOutput: Rule = (report, { i18n, language }) =>
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
          i18n.t("finding.objective-has-output.message", { label: o.label, id: o.id }),
          {
            sector: sector.id,
            fix: i18n.t("finding.objective-has-output.fixSheet", {
              sheet: sectorSheetName(sector, "Outputs", language),
            }),
          }
        )
      );
  });

import type { ObjectiveId, Output, Sector, SectorId } from "./plan";
import { sameWording } from "./same-wording";

/**
 * Where a plan's own Table X.2 and Table X.1 disagree on an objective's outputs: the source's disagreement,
 * which the plan records in its notes and validation does not report against a workbook.
 */
export interface OutputDisagreement {
  readonly sector: SectorId;
  readonly objective: ObjectiveId;
  /** Outputs Table X.2 lists for the objective, as it words them, that Table X.1 links no output of that name to. */
  readonly listedOnly: readonly string[];
  /** Outputs Table X.1 links to the objective that Table X.2 does not list there. */
  readonly linkedOnly: readonly Output[];
}

/** The disagreements of a sector's Table X.2 with its Table X.1, one per objective that has any, in Table X.2 order. */
export const outputDisagreements = (sector: Sector): OutputDisagreement[] =>
  sector.results.flatMap((row) => {
    const linked = sector.outputs.filter((o) => o.objectives.includes(row.objective));
    const listedOnly = row.outputs.filter((text) => !linked.some((o) => sameWording(o.name, text)));
    const linkedOnly = linked.filter((o) => !row.outputs.some((text) => sameWording(o.name, text)));
    return listedOnly.length + linkedOnly.length === 0
      ? []
      : [{ sector: sector.id, objective: row.objective, listedOnly, linkedOnly }];
  });

import { LINK_MARK } from "../layout";
import type { Sector } from "../plan";
import { linkedObjectiveIds, SectorReport } from "../report";

/**
 * Table X.1 as rows, header first (`Outputs | Objective 1 | ... | Objective n`), one row per output with an X
 * under each objective it is linked to in the workbook (the officers' links, not the plan file's).
 */
export const outputTableRows = (planSector: Sector, sector: SectorReport): string[][] => {
  const objectives = sector.objectives ?? [];
  const header = [planSector.outputTable.outputsHeader, ...objectives.map((o) => o.label)];
  const rows = (sector.outputs ?? []).map((output) => {
    const linked = new Set(linkedObjectiveIds(sector, output));
    return [output.name, ...objectives.map((o) => (linked.has(o.id) ? LINK_MARK : ""))];
  });
  return [header, ...rows];
};

import { LINK_MARK } from "../format";
import type { Sector } from "../plan";
import { linkedObjectiveIds, SectorReport } from "../report";

/**
 * Table X.1 as rows, header first (`Outputs | Objective 1 | ... | Objective n`), one row per output with an X
 * under each objective it is linked to in the workbook (the officers' links, not the plan file's). An output
 * with a note reads as the source prints it: the name, then the note ("Workshops (To assist ...)").
 */
export const outputTableRows = (planSector: Sector, sector: SectorReport): string[][] => {
  const objectives = sector.objectives ?? [];
  const header = [planSector.outputTable.outputsHeader, ...objectives.map((o) => o.label)];
  const rows = (sector.outputs ?? []).map((output) => {
    const linked = new Set(linkedObjectiveIds(sector, output));
    const label = output.note === "" ? output.name : `${output.name} ${output.note}`;
    return [label, ...objectives.map((o) => (linked.has(o.id) ? LINK_MARK : ""))];
  });
  return [header, ...rows];
};

import { OBJECTIVES_FORMAT } from "../format";
import { cellText } from "../snapshot";
import { locateTable } from "./locate-table";
import type { ReadContext } from "./read-context";
import type { ObjectiveRow } from "./report";
import { dataRows, field, linkCells } from "./table-rows";

/** A sector's objectives with their goal link cells; null where the table is missing or unusable. */
export const readObjectives = (context: ReadContext, sectorId: string): ObjectiveRow[] | null => {
  const located = locateTable(context, OBJECTIVES_FORMAT, sectorId);
  if (!located) return null;
  const { table, columns } = located;
  const idAt = columns.index("objectiveId");
  const labelAt = columns.index("objective");
  const textAt = columns.index("text");
  return dataRows(table).map((row) => {
    const id = field(table, row, idAt);
    return {
      id: cellText(id.value),
      label: cellText(row[labelAt]?.value),
      text: cellText(row[textAt]?.value),
      at: { sheet: id.sheet, cell: id.cell },
      goals: linkCells(located, row),
    };
  });
};

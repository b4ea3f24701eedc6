import { OUTPUTS_FORMAT } from "../format";
import { cellText } from "../snapshot";
import { locateTable } from "./locate-table";
import type { ReadContext } from "./read-context";
import type { OutputRow } from "./report";
import { dataRows, field, linkCells } from "./table-rows";

/** A sector's outputs with their objective link cells; null where the table is missing or unusable. */
export const readOutputs = (context: ReadContext, sectorId: string): OutputRow[] | null => {
  const located = locateTable(context, OUTPUTS_FORMAT, sectorId);
  if (!located) return null;
  const { table, columns } = located;
  const idAt = columns.index("outputId");
  const nameAt = columns.index("output");
  const noteAt = columns.index("note");
  return dataRows(table).map((row) => {
    const id = field(table, row, idAt);
    return {
      id: cellText(id.value),
      name: cellText(row[nameAt]?.value),
      note: cellText(row[noteAt]?.value),
      at: { sheet: id.sheet, cell: id.cell },
      objectives: linkCells(located, row),
    };
  });
};

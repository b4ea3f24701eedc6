import { isEmptyCell, SnapshotCell, SnapshotTable } from "../snapshot";
import type { LocatedTable } from "./locate-table";
import type { Field, LinkCell } from "./report";

/**
 * The cell of a row at a column position, or an empty field on the table's sheet where there is none. A snapshot
 * cell is already a Field (its own sheet and address): rows of 100,000 KPIs allocate nothing per cell.
 */
export const field = (table: SnapshotTable, row: readonly SnapshotCell[], column: number): Field =>
  row[column] ?? { value: null, sheet: table.sheet, cell: null };

/** The rows of a table that hold anything (an empty table keeps one blank row, which is no data). */
export const dataRows = (table: SnapshotTable): (readonly SnapshotCell[])[] => {
  const rows: (readonly SnapshotCell[])[] = [];
  for (const row of table.rows) {
    for (let i = 0; i < row.length; i++) {
      if (!isEmptyCell((row[i] as SnapshotCell).value)) {
        rows.push(row);
        break;
      }
    }
  }
  return rows;
};

/** A row's link cells: one for each column that is none of the table's own, headed by a goal or objective label. */
export const linkCells = (located: LocatedTable, row: readonly SnapshotCell[]): LinkCell[] => {
  const { table, columns } = located;
  return columns.others.map((i) => ({
    ...field(table, row, i),
    column: (table.headers[i] ?? "").trim(),
    headerAt: { sheet: table.sheet, cell: table.headerAddresses[i] ?? null },
  }));
};

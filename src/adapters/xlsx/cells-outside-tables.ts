import type ExcelJS from "exceljs";
import type { Snapshot, SnapshotCell } from "../../core/snapshot";
import { toCellData } from "./read-xlsx";

/** The cells of a loaded workbook that hold something and lie outside every table the snapshot read. */
export const cellsOutsideTables = (
  wb: ExcelJS.Workbook,
  snapshot: Pick<Snapshot, "tables">
): SnapshotCell[] => {
  const inTables = new Set(
    snapshot.tables.flatMap((t) => [
      ...t.headerAddresses.map((a) => `${t.sheet}!${a}`),
      ...t.rows.flatMap((row) => row.map((c) => `${t.sheet}!${c.cell}`)),
    ])
  );
  const cells: SnapshotCell[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const value = toCellData(cell.value);
        if (value === null || inTables.has(`${ws.name}!${cell.address}`)) return;
        cells.push({ sheet: ws.name, cell: cell.address, value });
      })
    );
  }
  return cells;
};

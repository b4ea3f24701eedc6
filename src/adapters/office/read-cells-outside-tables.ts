import { a1 } from "../../core/format";
import type { SnapshotCell, SnapshotTable } from "../../core/snapshot";
import { fromExcelValue } from "./excel-values";
import { jsonBytes } from "./payload-batch";

/** A sheet's used range (values only), loaded with its corner and size; a null object for an empty sheet. */
export interface UsedRange {
  readonly sheet: string;
  readonly worksheet: Excel.Worksheet;
  readonly range: Excel.Range;
}

/** What a cell's value costs in a response before anything was read: corrected after each read. */
const FIRST_GUESS_BYTES_PER_CELL = 32;

/** Queues the load of a sheet's used range (values only), to be read by readCellsOutsideTables after a sync. */
export const queueUsedRange = (sheet: string, worksheet: Excel.Worksheet): UsedRange => ({
  sheet,
  worksheet,
  range: worksheet
    .getUsedRangeOrNullObject(true)
    .load("rowIndex, columnIndex, rowCount, columnCount"),
});

/**
 * The cells that hold something and lie outside every table read, sheet by sheet and row by row, as the .xlsx
 * adapter's cellsOutsideTables gives them: each used range's values once, in one request for a workbook under
 * the payload budget and one more per further budget's worth of cells.
 */
export const readCellsOutsideTables = async (
  context: Excel.RequestContext,
  used: readonly UsedRange[],
  tables: readonly SnapshotTable[],
  budget: number
): Promise<SnapshotCell[]> => {
  const sheets = used.filter((u) => !u.range.isNullObject);
  const values: unknown[][][] = sheets.map(() => []);
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let first = true;
  let sheet = 0;
  let row = 0;
  while (sheet < sheets.length) {
    const request: { sheet: number; range: Excel.Range }[] = [];
    // As for the tables: a quarter of the budget at a guessed size first, then 90% of it at the size seen.
    let room = Math.max(1, Math.floor((first ? budget / 4 : budget * 0.9) / bytesPerCell));
    first = false;
    let cellsInRequest = 0;
    while (sheet < sheets.length) {
      const { worksheet, range: usedRange } = sheets[sheet] as UsedRange;
      const columns = usedRange.columnCount;
      const rows = Math.min(usedRange.rowCount - row, Math.floor(room / columns));
      if (rows < 1 && request.length > 0) break;
      const take = Math.max(rows, 1);
      const range = worksheet
        .getRangeByIndexes(usedRange.rowIndex + row, usedRange.columnIndex, take, columns)
        .load("values");
      request.push({ sheet, range });
      room -= take * columns;
      cellsInRequest += take * columns;
      row += take;
      if (row >= usedRange.rowCount) {
        sheet++;
        row = 0;
      }
    }
    // One request per budget's worth of cells: the loop is the chunking, a single pass for most workbooks.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    let bytes = 0;
    for (const { sheet: s, range } of request) {
      values[s]?.push(...range.values);
      bytes += jsonBytes(range.values);
    }
    bytesPerCell = Math.max(4, Math.ceil((bytes / Math.max(cellsInRequest, 1)) * 1.2));
  }

  const inTables = new Set(
    tables.flatMap((t) => [
      ...t.headerAddresses.map((a) => `${t.sheet}!${a}`),
      ...t.rows.flatMap((r) => r.map((c) => `${t.sheet}!${c.cell}`)),
    ])
  );
  const cells: SnapshotCell[] = [];
  sheets.forEach(({ sheet: name, range: usedRange }, s) =>
    (values[s] ?? []).forEach((valueRow, i) =>
      valueRow.forEach((raw, j) => {
        const value = fromExcelValue(raw);
        const cell = a1(usedRange.rowIndex + i, usedRange.columnIndex + j);
        if (value !== null && !inTables.has(`${name}!${cell}`))
          cells.push({ sheet: name, cell, value });
      })
    )
  );
  return cells;
};

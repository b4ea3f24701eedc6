import { a1 } from "../../core/format";
import type { Snapshot, SnapshotCell, SnapshotSheet, SnapshotTable } from "../../core/snapshot";
import { formulaOf, fromExcelValue } from "./excel-values";
import { jsonBytes } from "./payload-batch";
import { queueUsedRange, readCellsOutsideTables } from "./read-cells-outside-tables";

const VISIBILITY: Readonly<Record<string, SnapshotSheet["visibility"]>> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** What a cell's value and formula cost in a response before anything was read: a guess, corrected after each read. */
const FIRST_GUESS_BYTES_PER_CELL = 64;

interface TablePlace {
  readonly name: string;
  readonly sheet: string;
  readonly worksheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

/**
 * Reads every sheet and table as the .xlsx adapter's snapshotOf does, in three requests for a workbook whose
 * tables fit the budget (sheets and tables; their places; their cells), and one more per further budget's
 * worth of cells: responses are held under the budget too, since Excel on the web refuses those over 5 MB.
 * With `outsideTables`, one more request (per budget's worth) reads each sheet's used range for Snapshot.cells.
 */
export const readSnapshot = async (
  context: Excel.RequestContext,
  budget: number,
  options: { readonly outsideTables?: boolean } = {}
): Promise<Snapshot> => {
  const worksheets = context.workbook.worksheets.load("items/name, items/visibility");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  await context.sync();

  const order = new Map(worksheets.items.map((ws, i) => [ws.name, i]));
  const places: TablePlace[] = tables.items
    .map((t) => ({
      name: t.name,
      sheet: t.worksheet.name,
      worksheet: t.worksheet,
      header: t.getHeaderRowRange().load("values, rowIndex, columnIndex"),
      body: t.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount"),
    }))
    .sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0));
  const used = options.outsideTables
    ? worksheets.items.map((ws) => queueUsedRange(ws.name, ws))
    : [];
  await context.sync();

  const cells: { values: unknown[][]; formulas: unknown[][] }[][] = places.map(() => []);
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let first = true;
  let table = 0;
  let row = 0;
  while (table < places.length) {
    const request: { table: number; range: Excel.Range }[] = [];
    // The first request reads a quarter of the budget at a guessed size; later ones fill 90% of it at the size seen.
    let room = Math.max(1, Math.floor((first ? budget / 4 : budget * 0.9) / bytesPerCell));
    first = false;
    let cellsInRequest = 0;
    while (table < places.length) {
      const place = places[table] as TablePlace;
      const columns = place.body.columnCount;
      const rows = Math.min(place.body.rowCount - row, Math.floor(room / columns));
      if (rows < 1 && request.length > 0) break;
      const take = Math.max(rows, 1);
      const range = place.worksheet
        .getRangeByIndexes(place.body.rowIndex + row, place.body.columnIndex, take, columns)
        .load("values, formulas");
      request.push({ table, range });
      room -= take * columns;
      cellsInRequest += take * columns;
      row += take;
      if (row >= place.body.rowCount) {
        table++;
        row = 0;
      }
    }
    // One request per budget's worth of cells: the loop is the chunking, a single pass for most workbooks.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    let bytes = 0;
    for (const { table: t, range } of request) {
      cells[t]?.push({ values: range.values, formulas: range.formulas });
      bytes += jsonBytes(range.values) + jsonBytes(range.formulas);
    }
    bytesPerCell = Math.max(8, Math.ceil((bytes / Math.max(cellsInRequest, 1)) * 1.2));
  }

  const snapshotTables: SnapshotTable[] = places.map((place, t) => {
    const top = place.body.rowIndex;
    const left = place.body.columnIndex;
    const headerRow = place.header.values[0] ?? [];
    const rows: SnapshotCell[][] = [];
    for (const chunk of cells[t] ?? []) {
      chunk.values.forEach((valueRow, i) => {
        const r = top + rows.length;
        rows.push(
          valueRow.map((value, j) => {
            const formula = formulaOf(chunk.formulas[i]?.[j]);
            const cell = a1(r, left + j);
            return formula === undefined
              ? { sheet: place.sheet, cell, value: fromExcelValue(value) }
              : { sheet: place.sheet, cell, value: fromExcelValue(value), formula };
          })
        );
      });
    }
    return {
      name: place.name,
      sheet: place.sheet,
      headers: headerRow.map((h) => (h === null || h === undefined ? "" : String(h))),
      headerAddresses: headerRow.map((_, j) =>
        a1(place.header.rowIndex, place.header.columnIndex + j)
      ),
      rows,
    };
  });

  const sheets = worksheets.items.map((ws) => ({
    name: ws.name,
    visibility: VISIBILITY[ws.visibility] ?? "visible",
  }));
  if (!options.outsideTables) return { sheets, tables: snapshotTables };
  const outside = await readCellsOutsideTables(context, used, snapshotTables, budget);
  return { sheets, tables: snapshotTables, cells: outside };
};

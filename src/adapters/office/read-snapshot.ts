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

/**
 * What a cell of a table not yet sampled is taken to cost in a response: generous, since one KPI status formula
 * runs to over 1,000 characters and a table's cells differ far more between tables than within one.
 */
const UNSEEN_BYTES_PER_CELL = 256;
/** A table's first row, guessed at 32 unseen cells, sampled with the tables' places while a quarter of the budget lasts. */
const SAMPLE_GUESS_BYTES = 32 * UNSEEN_BYTES_PER_CELL;
/** Each table's cells are taken to cost this much more than the costliest row of it read so far. */
const MARGIN = 1.5;

interface TablePlace {
  readonly name: string;
  readonly sheet: string;
  readonly worksheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
  /** The first row of the body, read with the places when the budget affords it. */
  readonly sample: Excel.Range | null;
}

interface Chunk {
  readonly values: unknown[][];
  readonly formulas: unknown[][];
}

/**
 * Reads every table's body in requests held under the budget. What a table's cells cost is learnt from what was
 * read of it (its sampled first row, then each chunk), so a table of long formulas after tables of short
 * labels does not take a request over the budget.
 */
const readBodies = async (
  context: Excel.RequestContext,
  places: readonly TablePlace[],
  budget: number
): Promise<Chunk[][]> => {
  const chunks: Chunk[][] = places.map(() => []);
  const read: number[] = places.map(() => 0);
  const perCell: (number | undefined)[] = places.map(() => undefined);
  const learn = (t: number, chunk: Chunk): void => {
    chunks[t]?.push(chunk);
    read[t] = (read[t] ?? 0) + chunk.values.length;
    chunk.values.forEach((row, i) => {
      const bytes = jsonBytes(row) + jsonBytes(chunk.formulas[i]);
      const cost = Math.ceil((bytes / Math.max(row.length, 1)) * MARGIN);
      perCell[t] = Math.max(perCell[t] ?? 0, cost);
    });
  };
  places.forEach((place, t) => {
    if (place.sample) learn(t, { values: place.sample.values, formulas: place.sample.formulas });
  });

  const left = (t: number): number => (places[t]?.body.rowCount ?? 0) - (read[t] ?? 0);
  let first = 0;
  for (;;) {
    while (first < places.length && left(first) <= 0) first++;
    if (first >= places.length) return chunks;
    const request: { table: number; range: Excel.Range }[] = [];
    let room = budget * 0.9;
    for (let t = first; t < places.length; t++) {
      if (left(t) <= 0) continue;
      const place = places[t] as TablePlace;
      const columns = place.body.columnCount;
      const cost = perCell[t];
      // A table not read yet gives one row, whose cost tells the next request how many more fit.
      const fit =
        cost === undefined
          ? room >= columns * UNSEEN_BYTES_PER_CELL || request.length === 0
            ? 1
            : 0
          : Math.min(left(t), Math.floor(room / (cost * columns)));
      if (fit < 1 && request.length > 0) break;
      const rows = Math.max(fit, 1);
      const range = place.worksheet
        .getRangeByIndexes(
          place.body.rowIndex + (read[t] ?? 0),
          place.body.columnIndex,
          rows,
          columns
        )
        .load("values, formulas");
      request.push({ table: t, range });
      room -= rows * columns * (cost ?? UNSEEN_BYTES_PER_CELL);
      if (room <= 0) break;
    }
    // One request per budget's worth of cells: the loop is the chunking, a single pass for most workbooks.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { table, range } of request)
      learn(table, { values: range.values, formulas: range.formulas });
  }
};

/**
 * Reads every sheet and table as the .xlsx adapter's snapshotOf does, in three requests for a workbook whose
 * tables fit the budget (sheets and tables; their places and first rows; the rest of their cells), and one more
 * per further budget's worth of cells: responses are held under the budget too, since Excel on the web refuses
 * those over 5 MB. With `outsideTables`, one more request (per budget's worth) reads each sheet's used range for
 * Snapshot.cells.
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
  const sampled = Math.floor(budget / 4 / SAMPLE_GUESS_BYTES);
  const places: TablePlace[] = [...tables.items]
    .sort((a, b) => (order.get(a.worksheet.name) ?? 0) - (order.get(b.worksheet.name) ?? 0))
    .map((t, i) => {
      const body = t.getDataBodyRange();
      return {
        name: t.name,
        sheet: t.worksheet.name,
        worksheet: t.worksheet,
        header: t.getHeaderRowRange().load("values, rowIndex, columnIndex"),
        body: body.load("rowIndex, columnIndex, rowCount, columnCount"),
        sample: i < sampled ? body.getRow(0).load("values, formulas") : null,
      };
    });
  const used = options.outsideTables
    ? worksheets.items.map((ws) => queueUsedRange(ws.name, ws))
    : [];
  await context.sync();

  const cells = await readBodies(context, places, budget);

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

import { a1 } from "../format";
import { rowHeight } from "./row-height";
import type { GridSpec, PrintSpec, SheetSpec } from "./workbook-spec";

/** What a print-ready sheet holds: a title, a line under it, one grid of cells below, and how it prints. */
export interface PrintableSheet {
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  /** The grid, placed at A3 (rows 1 and 2 hold the title and subtitle). */
  readonly grid: Omit<GridSpec, "at">;
  readonly columnWidths: readonly number[];
  readonly footer: string;
  /** Columns kept in view when scrolling right (the row labels). */
  readonly frozenColumns: number;
  readonly protect: boolean;
  readonly extra?: Partial<SheetSpec>;
}

/** The first sheet row (1-based) of a printable sheet's grid. */
export const GRID_FIRST_ROW = 3;

/** The A1 address of a cell of a printable sheet's grid, by its row in the grid (0, the header) and column. */
export const gridCell = (gridRow: number, column: number): string =>
  a1(GRID_FIRST_ROW - 1 + gridRow, column);

/**
 * The sheet with one more grid of plain cells (a second table below the first, at `grid.at`), each of its rows as
 * high as its text needs in the sheet's column widths.
 */
export const withGrid = (sheet: SheetSpec, grid: Omit<GridSpec, "rowHeights">): SheetSpec => ({
  ...sheet,
  grids: [
    ...(sheet.grids ?? []),
    { ...grid, rowHeights: grid.rows.map((row) => rowHeight(row, sheet.columnWidths)) },
  ],
});

/**
 * A sheet a Council member can print: title and header rows repeated on every page, landscape, scaled to the
 * page width, ruled cells, no merged cells, a footer saying what it is and when it was made.
 */
export const printableSheet = (spec: PrintableSheet): SheetSpec => {
  const print: PrintSpec = {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: true,
    titleRows: { first: 1, last: GRID_FIRST_ROW - 1 + spec.grid.headerRows },
    footerLeft: spec.footer,
    pageNumbers: true,
  };
  return {
    name: spec.name,
    visibility: "visible",
    tables: [],
    cells: [
      { address: "A1", value: spec.title, style: "heading" },
      { address: "A2", value: spec.subtitle, style: "note" },
    ],
    validations: [],
    columnWidths: spec.columnWidths,
    protect: spec.protect,
    freeze: { rows: GRID_FIRST_ROW - 1 + spec.grid.headerRows, columns: spec.frozenColumns },
    grids: [
      {
        ...spec.grid,
        at: `A${GRID_FIRST_ROW}`,
        rowHeights: spec.grid.rows.map((row) => rowHeight(row, spec.columnWidths)),
      },
    ],
    print,
    ...spec.extra,
  };
};

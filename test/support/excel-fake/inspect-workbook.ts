import { blockName, cellName, parseBlock } from "./cell-address";
import {
  cellKey,
  CellFormat,
  formatAt,
  SheetState,
  validationAt,
  WorkbookState,
} from "./workbook-state";

/** The sheet of this name in a fake workbook, or an error for the test. */
export const sheetOf = (state: WorkbookState, name: string): SheetState => {
  const sheet = state.sheets.find((s) => s.name === name);
  if (!sheet)
    throw new Error(`no sheet ${name} (sheets: ${state.sheets.map((s) => s.name).join(", ")})`);
  return sheet;
};

/** A block's cells as a test reads them: constants, "=formula", null for empty. */
export const cellsOf = (state: WorkbookState, sheet: string, address: string): unknown[][] => {
  const s = sheetOf(state, sheet);
  const b = parseBlock(address);
  return Array.from({ length: b.rows }, (_, i) =>
    Array.from({ length: b.columns }, (_, j) => {
      const c = s.cells.get(cellKey(b.top + i, b.left + j));
      return c === undefined ? null : c.formula !== undefined ? `=${c.formula}` : c.value;
    })
  );
};

/** One cell's format, Excel's defaults filled in. */
export const formatOf = (state: WorkbookState, sheet: string, cell: string): CellFormat => {
  const b = parseBlock(cell);
  return formatAt(sheetOf(state, sheet), b.top, b.left);
};

/** One cell's validation rule, or undefined. */
export const validationOf = (
  state: WorkbookState,
  sheet: string,
  cell: string
): Record<string, unknown> | undefined => {
  const b = parseBlock(cell);
  return validationAt(sheetOf(state, sheet), b.top, b.left)?.rule;
};

/** The conditional formats of a sheet, as "A1: =formula fill". */
export const conditionalFormatsOf = (state: WorkbookState, sheet: string): string[] =>
  sheetOf(state, sheet).conditionalFormats.map(
    (cf) => `${cellName(cf.block.top, cf.block.left)}: =${cf.formula ?? ""} ${cf.fill ?? ""}`
  );

/** A sheet's data bars, as "B4:B9 #63BE7B Number 0 .. HighestValue" (range, colour, bounds). */
export const dataBarsOf = (state: WorkbookState, sheet: string): string[] =>
  sheetOf(state, sheet)
    .conditionalFormats.filter((cf) => cf.type === "DataBar")
    .map((cf) => {
      const bar = cf.dataBar ?? {};
      const bound = (rule?: { type: string; formula?: string }): string =>
        rule ? `${rule.type}${rule.formula === undefined ? "" : ` ${rule.formula}`}` : "Automatic";
      return `${blockName(cf.block)} ${bar.fillColor ?? ""}${bar.gradientFill === false ? "" : " gradient"} ${bound(bar.lowerBoundRule)} .. ${bound(bar.upperBoundRule)}`;
    });

/** A sheet's charts: type, source block, series by, title and position, and category names set apart. */
export const chartsOf = (
  state: WorkbookState,
  sheet: string
): {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  at: string;
  categories?: string;
}[] =>
  sheetOf(state, sheet).charts.map((c) => ({
    name: c.name,
    type: c.type,
    source: blockName(c.source),
    seriesBy: c.seriesBy,
    title: c.title,
    at: c.position ? `${c.position.start}:${c.position.end}` : "",
    ...(c.categories ? { categories: blockName(c.categories) } : {}),
  }));

/** What the officer sees selected (Range.select): the sheet and the cells, as "B5" or "B5:C6"; null for nothing. */
export const selectionOf = (state: WorkbookState): { sheet: string; cells: string } | null =>
  state.selection
    ? { sheet: state.selection.sheet.name, cells: blockName(state.selection.block) }
    : null;

import type { CellBlock } from "./cell-address";
import type { CellContent, SheetState, TableState, WorkbookState } from "./workbook-state";

type SheetDump = Omit<SheetState, "cells" | "columnWidths" | "rowHeights"> & {
  readonly cells: [number, CellContent][];
  readonly columnWidths: [number, number][];
  readonly rowHeights: [number, number][];
};

/**
 * A fake workbook as plain JSON data: what a test hands from Node to the fake running in a browser page (and
 * back), as an officer opens a workbook in Excel. Sheets are referred to by their place in `sheets`.
 */
export interface WorkbookDump {
  readonly sheets: readonly SheetDump[];
  readonly tables: readonly (Omit<TableState, "sheet"> & { readonly sheet: number })[];
  readonly names: WorkbookState["names"];
  readonly settings: readonly [string, unknown][];
  readonly properties: WorkbookState["properties"];
  readonly activeSheet: number;
  readonly selection: { readonly sheet: number; readonly block: CellBlock } | null;
  readonly nextId: number;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The workbook as JSON data, sharing nothing with the live state. */
export const dumpWorkbook = (state: WorkbookState): WorkbookDump => {
  const place = (sheet: SheetState | undefined): number =>
    sheet === undefined ? -1 : state.sheets.indexOf(sheet);
  return copy({
    sheets: state.sheets.map((s) => ({
      ...s,
      cells: [...s.cells],
      columnWidths: [...s.columnWidths],
      rowHeights: [...s.rowHeights],
    })),
    tables: state.tables.map((t) => ({ ...t, sheet: place(t.sheet) })),
    names: state.names,
    settings: [...state.settings],
    properties: state.properties,
    activeSheet: place(state.activeSheet),
    selection: state.selection
      ? { sheet: place(state.selection.sheet), block: state.selection.block }
      : null,
    nextId: state.nextId,
  });
};

/** A live workbook state from its dump, as `createExcelFake({ state })` takes it. */
export const restoreWorkbook = (dump: WorkbookDump): WorkbookState => {
  const data = copy(dump);
  const sheets: SheetState[] = data.sheets.map((s) => ({
    ...s,
    cells: new Map(s.cells),
    columnWidths: new Map(s.columnWidths),
    rowHeights: new Map(s.rowHeights),
  }));
  const sheetAt = (index: number): SheetState => {
    const sheet = sheets[index];
    if (!sheet) throw new Error(`workbook dump: no sheet at ${index}`);
    return sheet;
  };
  return {
    sheets,
    tables: data.tables.map((t) => ({ ...t, sheet: sheetAt(t.sheet) })),
    names: data.names,
    settings: new Map(data.settings),
    properties: data.properties,
    activeSheet: data.activeSheet < 0 ? undefined : sheetAt(data.activeSheet),
    selection: data.selection
      ? { sheet: sheetAt(data.selection.sheet), block: data.selection.block }
      : undefined,
    nextId: data.nextId,
  };
};

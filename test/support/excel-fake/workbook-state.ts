import type { CellBlock } from "./cell-address";

/** What a cell holds: a constant, or a formula (without "=") whose result the fake's calculator gives. */
export interface CellContent {
  readonly value: string | number | boolean;
  readonly formula?: string;
}

/** Format properties Excel keeps per cell; the fake records them as layers over blocks, latest on top. */
export interface CellFormat {
  fill?: string | null;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  wrapText?: boolean;
  verticalAlignment?: string;
  numberFormat?: string;
  locked?: boolean;
  horizontalAlignment?: string;
  /** Excel.RangeFormat.readingOrder: "Context" (the default), "LeftToRight" or "RightToLeft". */
  readingOrder?: string;
  /** Each edge's line (Excel.RangeBorder's style, weight and colour), set property by property. */
  borderTop?: BorderLine;
  borderBottom?: BorderLine;
  borderLeft?: BorderLine;
  borderRight?: BorderLine;
}

/** One edge of a cell: "Continuous" "Thin" "#808080", as Excel.RangeBorder reports them. */
export interface BorderLine {
  readonly style?: string;
  readonly weight?: string;
  readonly color?: string;
}

const BORDER_SIDES = new Set(["borderTop", "borderBottom", "borderLeft", "borderRight"]);

export interface FormatLayer {
  readonly block: CellBlock;
  readonly format: CellFormat;
}

/** Excel.DataValidationRule as the fake stores it, with the prompt and error alert set beside it. */
export interface ValidationState {
  readonly block: CellBlock;
  rule: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
}

export interface ConditionalFormatState {
  readonly id: number;
  readonly block: CellBlock;
  readonly type: string;
  formula?: string;
  fill?: string;
  /** A data bar's settings (type "DataBar"): fill colour, gradient, lower and upper bound rules. */
  dataBar?: {
    fillColor?: string;
    gradientFill?: boolean;
    lowerBoundRule?: { type: string; formula?: string };
    upperBoundRule?: { type: string; formula?: string };
  };
}

/** A chart as Excel.Chart describes it: its type, the block it plots, and where it sits. */
export interface ChartState {
  readonly id: number;
  name: string;
  readonly type: string;
  readonly source: CellBlock;
  readonly seriesBy: string;
  title: string;
  /** The cells it covers, top-left and bottom-right, as setPosition was given them. */
  position: { start: string; end: string } | null;
  /** The cells its category axis takes its names from (setCategoryNames); null for the source's own. */
  categories: CellBlock | null;
}

/** Worksheet.pageLayout's settings that the fake records (orientation, paper, zoom, margins, titles, footers). */
export type PageLayoutState = Record<string, unknown>;

export interface TableState {
  readonly id: number;
  name: string;
  readonly sheet: SheetState;
  /** The whole table, header row first. */
  readonly block: CellBlock;
  style: string;
  showBandedRows: boolean;
}

export interface ProtectionState {
  readonly options: Record<string, unknown>;
  readonly password?: string;
}

export interface SheetState {
  readonly id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  deleted: boolean;
  freeze: { rows: number; columns: number } | null;
  protection: ProtectionState | null;
  readonly cells: Map<number, CellContent>;
  readonly formats: FormatLayer[];
  readonly validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  /** Column widths in points, by 0-based column; Excel's default elsewhere. */
  readonly columnWidths: Map<number, number>;
  /** Row heights in points, by 0-based row; Excel's default elsewhere. */
  readonly rowHeights: Map<number, number>;
  readonly pageLayout: PageLayoutState;
  readonly charts: ChartState[];
}

export interface NamedItemState {
  name: string;
  formula: string;
  comment: string;
}

/** The whole in-memory workbook: what Excel holds, independent of any request. */
export interface WorkbookState {
  readonly sheets: SheetState[];
  readonly tables: TableState[];
  readonly names: NamedItemState[];
  readonly settings: Map<string, unknown>;
  readonly properties: { title: string; subject: string };
  activeSheet: SheetState | undefined;
  /** The selected cells (Range.select), as Excel shows them to the officer; none until something selects. */
  selection: { readonly sheet: SheetState; readonly block: CellBlock } | undefined;
  nextId: number;
}

/** Excel's default column width (8.43 characters of Calibri 11), in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height (Calibri 11), in points. */
export const DEFAULT_ROW_HEIGHT = 15;

const CELL_KEY_STRIDE = 16_384;

/** The map key of a cell. */
export const cellKey = (row: number, column: number): number => row * CELL_KEY_STRIDE + column;

/** A new, empty sheet. */
export const newSheet = (state: WorkbookState, name: string): SheetState => ({
  id: state.nextId++,
  name,
  visibility: "Visible",
  tabColor: "",
  deleted: false,
  freeze: null,
  protection: null,
  cells: new Map(),
  formats: [],
  validations: [],
  conditionalFormats: [],
  columnWidths: new Map(),
  rowHeights: new Map(),
  pageLayout: {},
  charts: [],
});

/** A workbook as Excel opens a new one: one empty sheet, "Sheet1". */
export const newWorkbookState = (firstSheet: string | null = "Sheet1"): WorkbookState => {
  const state: WorkbookState = {
    sheets: [],
    tables: [],
    names: [],
    settings: new Map(),
    properties: { title: "", subject: "" },
    activeSheet: undefined,
    selection: undefined,
    nextId: 1,
  };
  if (firstSheet !== null) {
    const sheet = newSheet(state, firstSheet);
    state.sheets.push(sheet);
    state.activeSheet = sheet;
  }
  return state;
};

/** A cell's format: every layer that covers it, applied in order, over Excel's defaults (locked, General). */
export const formatAt = (sheet: SheetState, row: number, column: number): CellFormat => {
  const format: CellFormat = { locked: true, numberFormat: "General" };
  for (const layer of sheet.formats) {
    const b = layer.block;
    if (row >= b.top && row < b.top + b.rows && column >= b.left && column < b.left + b.columns)
      for (const [key, value] of Object.entries(layer.format) as [keyof CellFormat, unknown][])
        (format as Record<string, unknown>)[key] =
          BORDER_SIDES.has(key) && typeof value === "object" && value !== null
            ? { ...(format[key] as BorderLine | undefined), ...(value as BorderLine) }
            : value;
  }
  return format;
};

/** The validation that applies to a cell: the latest one set over it. */
export const validationAt = (
  sheet: SheetState,
  row: number,
  column: number
): ValidationState | undefined =>
  [...sheet.validations]
    .reverse()
    .find(
      (v) =>
        row >= v.block.top &&
        row < v.block.top + v.block.rows &&
        column >= v.block.left &&
        column < v.block.left + v.block.columns
    );

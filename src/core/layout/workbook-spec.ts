/**
 * A workbook described as data, decided completely before anything is written, so that an adapter
 * (ExcelJS or Office.js) can write each sheet in one batch and never has to decide anything itself.
 * Addresses are A1 strings on the sheet they belong to.
 */

/** A live Excel formula (without the leading "="). */
export interface Formula {
  readonly formula: string;
}

export type CellValue = string | number | boolean | null | Formula;

export const isFormula = (value: unknown): value is Formula =>
  typeof value === "object" && value !== null && "formula" in value;

/** A data-validation rule: a dropdown, or a number range. */
export type ValidationRule =
  | { readonly kind: "list"; readonly values: readonly string[]; readonly prompt?: string }
  /** A dropdown whose choices are the cells of a range, e.g. "'ITU-D Outputs'!$A$2:$A$32" (no 255-character limit). */
  | { readonly kind: "listRange"; readonly source: string; readonly prompt?: string }
  | {
      readonly kind: "decimal";
      readonly min?: number;
      readonly max?: number;
      readonly prompt?: string;
    }
  | {
      readonly kind: "whole";
      readonly min?: number;
      readonly max?: number;
      readonly prompt?: string;
    };

export interface ColumnSpec {
  /** The header text: part of the workbook format, never changed without a format version bump. */
  readonly header: string;
  readonly width: number;
  /**
   * What the cells hold: plan text and formulas are locked (read-only under sheet protection);
   * entry cells are open for officers to type in and look like input cells.
   */
  readonly role: "plan" | "entry" | "computed";
  readonly wrap?: boolean;
  readonly numFmt?: string;
  /** A rule for every data cell of the column. */
  readonly validation?: ValidationRule;
}

/** An Excel table (ListObject): header row at `ref`'s first row, then one row per entry. */
export interface TableSpec {
  readonly name: string;
  /** The whole table, header included, e.g. "A1:V42". */
  readonly ref: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellValue[])[];
  /**
   * Per data row, its height in points: enough for the text of its wrapped columns, so that a printed page
   * shows it whole (not every reader fits rows to wrapped text on opening a file). The host's default where absent.
   */
  readonly rowHeights?: readonly number[];
}

/** How a text cell looks; `plain` writes the value alone (a user's own cell carried over by an upgrade). */
export type TextStyle = "title" | "heading" | "body" | "note" | "plain";

/** A cell outside any table (an instructions text, a key/value pair). */
export interface TextCell {
  readonly address: string;
  readonly value: CellValue;
  readonly style: TextStyle;
}

/** A validation rule for a block of cells that differs from the column's rule (a KPI row's own value type). */
export interface RangeValidation {
  readonly range: string;
  readonly rule: ValidationRule;
}

/** How a grid's column aligns its cells: X marks and counts centre, text stays left. */
export type Alignment = "left" | "center" | "right";

/**
 * A block of plain cells, not an Excel table: for print-ready tables whose header may be empty or repeat
 * (Table 8.1's corner cell), never merged, with every cell wrapped and, with `borders: "all"`, ruled.
 */
export interface GridSpec {
  /** The top-left cell of the grid, e.g. "A3". */
  readonly at: string;
  /** The rows, header rows first. */
  readonly rows: readonly (readonly CellValue[])[];
  /** How many of the first rows are headers: bold and shaded. */
  readonly headerRows: number;
  readonly borders: "all" | "none";
  /** Per column, from the grid's first column; left where absent. */
  readonly align?: readonly Alignment[];
  /** Rows (0-based within the grid, headers counted) that head a group: bold and lightly shaded, as a sector's row. */
  readonly groupRows?: readonly number[];
  /** Rows (0-based within the grid) that total the rows above: bold, ruled above. */
  readonly totalRows?: readonly number[];
  /** Per row, its height in points (enough for its wrapped text); the host's default where absent. */
  readonly rowHeights?: readonly number[];
  /** Per row and column (as `rows`), a number format where a cell needs one ("#,##0"); General where null or absent. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Cells (A1 on the sheet) that show a problem: a red fill and bold text (a goal no objective serves). */
  readonly flagCells?: readonly string[];
}

/** How a sheet prints: the adapter sets the host's page setup from it. */
export interface PrintSpec {
  readonly orientation: "portrait" | "landscape";
  readonly paperSize: "A4" | "Letter";
  /** Scale every column onto one page width; pages run as long as the rows need. */
  readonly fitToWidth: boolean;
  /** Scale the whole sheet onto a single page as well (a summary of several tables, read at a glance). */
  readonly onePage?: boolean;
  /** Rows (1-based, inclusive) printed again at the top of every page, e.g. the title and header rows. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** Plain text for the left of the footer (no host codes: the adapter escapes it). */
  readonly footerLeft?: string;
  /** Add "Page n of m" on the right of the footer. */
  readonly pageNumbers: boolean;
  /** Plain text for the right of every page's header (the annex's document symbol); none where absent. */
  readonly headerRight?: string;
}

/** A data bar drawn in each cell of a range, its length the cell's value against 0 and the range's largest. */
export interface DataBarSpec {
  readonly range: string;
  /** ARGB colour, e.g. "FF63BE7B". */
  readonly color: string;
}

/**
 * A native chart of a block of the sheet, for a host that draws charts (Excel, through Office.js). The block's
 * first row names the series and its first column the categories. ExcelJS cannot write charts, so an .xlsx
 * file carries the same numbers (and any data bars) without it.
 */
export interface ChartSpec {
  /**
   * Horizontal bars: each category's series stacked end to end (Excel's BarStacked), or side by side
   * (BarClustered, to set a budget against its expenditure).
   */
  readonly kind: "barStacked" | "barClustered";
  /** The chart's name on the sheet, so that a rebuild can be recognised. */
  readonly name: string;
  /**
   * The data, header row and label column included, e.g. "A30:E34"; with `categories`, the header row and the
   * series' columns only (every column a series).
   */
  readonly dataRange: string;
  /**
   * The category labels, where they are not the data's first column (a table whose label and amount columns are
   * apart): the cells below the header row, e.g. "B2:B5".
   */
  readonly categories?: string;
  readonly title: string;
  /** The cell at the chart's top-left corner. */
  readonly at: string;
  /** The cell at its bottom-right corner. */
  readonly to: string;
}

export interface SheetSpec {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  readonly tables: readonly TableSpec[];
  readonly cells: readonly TextCell[];
  readonly validations: readonly RangeValidation[];
  /**
   * Blocks of cells (A1 ranges) open for entry in columns that are otherwise locked: the text, measure, direction
   * and unit of an officer-defined KPI. Unlocked and coloured as entry cells.
   */
  readonly entryRanges?: readonly string[];
  /** Column widths for sheets without tables, in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Protect the sheet (no password), so locked cells are read-only and unlocked cells stay open. */
  readonly protect: boolean;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** The sheet reads right to left (its first column on the right): the sheets of an Arabic workbook. */
  readonly rightToLeft?: boolean;
  readonly tabColor?: string;
  /** Plain-cell tables (print-ready annex and matrix tables). */
  readonly grids?: readonly GridSpec[];
  readonly print?: PrintSpec;
  readonly dataBars?: readonly DataBarSpec[];
  /** Native charts, drawn where the host can (see ChartSpec). */
  readonly charts?: readonly ChartSpec[];
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Document properties: title and subject show in Excel's File > Info. */
  readonly properties: { readonly title: string; readonly subject: string };
}

/**
 * Number formats given per column (amounts, rates) as a grid's `numberFormats`: each column's format on every
 * row below the header rows, General (null) in the header rows and where a column gives none.
 */
export const columnNumberFormats = (
  rows: readonly (readonly unknown[])[],
  headerRows: number,
  perColumn: readonly (string | null)[]
): (string | null)[][] =>
  rows.map((row, r) =>
    Array.from({ length: Math.max(row.length, perColumn.length) }, (_, c) =>
      r < headerRows ? null : (perColumn[c] ?? null)
    )
  );

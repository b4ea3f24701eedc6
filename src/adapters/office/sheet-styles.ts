import type { TextStyle } from "../../core/layout";

/** The same look as the .xlsx adapter's, in Office.js colours ("#RRGGBB"). */
export const ENTRY_FILL = "#FFF8DC";
export const COMPUTED_FILL = "#EDEDED";
export const TABLE_STYLE = "TableStyleLight9";

/** A grid's looks, as the .xlsx adapter draws them: shaded header and group rows, red flags. */
export const GRID_FILLS = {
  header: "#D9E1F2",
  group: "#F2F2F2",
  flag: "#FFC7CE",
  flagText: "#9C0006",
} as const;
/** A grid's thin grey rules, and the medium dark rule above a total row. */
export const GRID_BORDER = { style: "Continuous", weight: "Thin", color: "#808080" } as const;
export const GRID_TOTAL_BORDER = {
  style: "Continuous",
  weight: "Medium",
  color: "#404040",
} as const;

export interface TextFont {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size: number;
  readonly color?: string;
}

/** The look of each text style; a `plain` cell (a user's own, carried over) keeps no look of ours. */
export const TEXT_FONTS: Readonly<Record<Exclude<TextStyle, "plain">, TextFont>> = {
  title: { bold: true, size: 16, color: "#1F4E79" },
  heading: { bold: true, size: 12 },
  body: { size: 11 },
  note: { italic: true, size: 10, color: "#595959" },
};

/** "FFC00000" (ARGB, as specs and ExcelJS write colours) as "#C00000". */
export const toHexColor = (argb: string): string =>
  `#${argb.length === 8 ? argb.slice(2) : argb}`.toUpperCase();

/** A width in characters (as specs give it) in points, as Range.format.columnWidth takes it: Calibri 11 is 7 pixels a character plus 5 of padding. */
export const toPoints = (characters: number): number =>
  Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/** What officers may still do on a protected sheet: the same permissions as the .xlsx adapter grants. */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowSort: true,
  allowAutoFilter: true,
  selectionMode: "Normal",
};

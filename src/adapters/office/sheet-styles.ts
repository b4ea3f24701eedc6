import type { TextStyle } from "../../core/layout";
import { PALETTE, TEXT_LOOKS, TextLook, toHexColor } from "../../core/format";

/** The format's palette in Office.js colours ("#RRGGBB"): the same look as the .xlsx adapter's. */
export const ENTRY_FILL = toHexColor(PALETTE.entry);
export const COMPUTED_FILL = toHexColor(PALETTE.computed);

/** A grid's looks, as the .xlsx adapter draws them: shaded header and group rows, red flags. */
export const GRID_FILLS = {
  header: toHexColor(PALETTE.header),
  group: toHexColor(PALETTE.group),
  flag: toHexColor(PALETTE.flag),
  flagText: toHexColor(PALETTE.flagText),
} as const;
/** A grid's thin grey rules, and the medium dark rule above a total row. */
export const GRID_BORDER = {
  style: "Continuous",
  weight: "Thin",
  color: toHexColor(PALETTE.rule),
} as const;
export const GRID_TOTAL_BORDER = {
  style: "Continuous",
  weight: "Medium",
  color: toHexColor(PALETTE.totalRule),
} as const;

/** A text look in Office.js terms: colours as "#RRGGBB". */
const fontOf = (look: TextLook): TextLook =>
  look.color ? { ...look, color: toHexColor(look.color) } : look;

/** The look of each text style; a `plain` cell (a user's own, carried over) keeps no look of ours. */
export const TEXT_FONTS: Readonly<Record<Exclude<TextStyle, "plain">, TextLook>> = {
  title: fontOf(TEXT_LOOKS.title),
  heading: fontOf(TEXT_LOOKS.heading),
  body: fontOf(TEXT_LOOKS.body),
  note: fontOf(TEXT_LOOKS.note),
};

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

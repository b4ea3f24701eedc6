import { PALETTE, type Language } from "../format";
import { GridSpec, printableSheet, SheetSpec } from "../layout";
import type { Plan } from "../plan";

/** The grid rows (1-based below the header) of the sector headings among these matrix rows. */
export const sectorGroupRows = (rows: readonly { readonly kind: "sector" | "item" }[]): number[] =>
  rows.flatMap((r, i) => (r.kind === "sector" ? [i + 1] : []));

/**
 * A matrix sheet of the reporting workbook (in marks or in amounts): the grid under its title, ruled, its header
 * row and row labels kept in view, protected, its tab red where a cell is flagged and blue otherwise; in Arabic it
 * reads (and prints) right to left.
 */
export const matrixGridSheet = (
  plan: Plan,
  text: { readonly name: string; readonly title: string; readonly subtitle: string },
  grid: Omit<GridSpec, "at" | "headerRows" | "borders">,
  columnWidths: readonly number[],
  language: Language = "en"
): SheetSpec => {
  const { rows, ...rest } = grid;
  const flagged = (grid.flagCells ?? []).length > 0;
  const sheet = printableSheet({
    name: text.name,
    title: text.title,
    subtitle: text.subtitle,
    grid: { rows, headerRows: 1, borders: "all", ...rest },
    columnWidths,
    footer: `${plan.title} - ${text.title}`,
    frozenColumns: 1,
    protect: true,
    extra: { tabColor: flagged ? PALETTE.alarm : PALETTE.title },
  });
  return language === "ar" ? { ...sheet, rightToLeft: true } : sheet;
};

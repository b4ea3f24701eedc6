import type { SheetSpec } from "../layout";

/** What a draft annex says in every sheet's title and footer. */
export const DRAFT_MARK = "DRAFT, not validated";

/**
 * The annex sheets marked as a draft: every sheet's title (its heading in A1) and printed footer begin with
 * DRAFT_MARK, so that no page of an annex made from a workbook with validation errors passes for the real one.
 */
export const markDraft = (sheets: readonly SheetSpec[]): SheetSpec[] =>
  sheets.map((sheet) => ({
    ...sheet,
    cells: sheet.cells.map((cell) =>
      cell.address === "A1" && typeof cell.value === "string"
        ? { ...cell, value: `${DRAFT_MARK}: ${cell.value}` }
        : cell
    ),
    ...(sheet.print
      ? { print: { ...sheet.print, footerLeft: `${DRAFT_MARK} - ${sheet.print.footerLeft ?? ""}` } }
      : {}),
  }));

import type { Language } from "../format";
import { translatorFor } from "../i18n";
import type { SheetSpec } from "../layout";

/** What a draft annex says in every sheet's title and footer (in English; `annex.draft.mark` in the catalogs). */
export const DRAFT_MARK = "DRAFT, not validated";

/**
 * The annex sheets marked as a draft: every sheet's title (its heading in A1) and printed footer begin with the
 * draft mark in the annex's language (DRAFT_MARK in English), so that no page of an annex made from a workbook
 * with validation errors passes for the real one.
 */
export const markDraft = (sheets: readonly SheetSpec[], language: Language = "en"): SheetSpec[] => {
  const { t } = translatorFor(language);
  const mark = t("annex.draft.mark");
  return sheets.map((sheet) => ({
    ...sheet,
    cells: sheet.cells.map((cell) =>
      cell.address === "A1" && typeof cell.value === "string"
        ? { ...cell, value: t("annex.draft.title", { mark, title: cell.value }) }
        : cell
    ),
    ...(sheet.print
      ? {
          print: {
            ...sheet.print,
            footerLeft: t("annex.draft.footer", { mark, footer: sheet.print.footerLeft ?? "" }),
          },
        }
      : {}),
  }));
};

import type { WorkbookPort } from "../app";
import type { Translator } from "../core/i18n";
import { OfficeWorkbookPort } from "../adapters/office";

/** Makes the WorkbookPort of the workbook open in Excel from `Excel.run` (the Office.js adapter, adapters/office). */
export type ExcelPortFactory = (run: typeof Excel.run) => WorkbookPort;

/** The Office.js adapter the pane works through inside Excel. */
export const EXCEL_PORT: ExcelPortFactory = (run) => new OfficeWorkbookPort(run);

/** Where the pane's workbook is: the one open in Excel, or an .xlsx file the user picks (any browser). */
export type PaneHost =
  | { readonly kind: "excel"; readonly port: WorkbookPort; readonly note: string }
  | { readonly kind: "file"; readonly note: string };

/**
 * Chooses the pane's mode from what `Office.onReady` reported (undefined outside Office, where office.js did not
 * load): inside Excel, the workbook open there through the Office.js adapter; anywhere else, file mode. Its note
 * (which the pane shows under its title) is in the translator's language.
 */
export const portForHost = (
  host: { readonly host: Office.HostType | null } | undefined,
  excelPort: ExcelPortFactory | undefined,
  run: (() => typeof Excel.run) | undefined,
  t: Translator
): PaneHost => {
  const inExcel = host !== undefined && String(host.host) === "Excel";
  if (inExcel && excelPort && run)
    return {
      kind: "excel",
      port: excelPort(run()),
      note: t.t("pane.host.excel"),
    };
  return {
    kind: "file",
    note: t.t(inExcel ? "pane.host.fileInExcel" : "pane.host.file"),
  };
};

import type { WorkbookPort } from "../app";
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
 * load): inside Excel, the workbook open there through the Office.js adapter; anywhere else, file mode.
 */
export const portForHost = (
  host: { readonly host: Office.HostType | null } | undefined,
  excelPort: ExcelPortFactory | undefined,
  run: (() => typeof Excel.run) | undefined
): PaneHost => {
  const inExcel = host !== undefined && String(host.host) === "Excel";
  if (inExcel && excelPort && run)
    return {
      kind: "excel",
      port: excelPort(run()),
      note: "Working on the workbook open in Excel.",
    };
  return {
    kind: "file",
    note: inExcel
      ? "This version cannot yet work on the workbook open in Excel, so it works on .xlsx files: create or pick one, then download the result."
      : "Working on .xlsx files in this browser: create or pick a workbook, then download the result. Your files stay on this computer.",
  };
};

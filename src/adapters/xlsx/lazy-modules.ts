import type ExcelJS from "exceljs";
import type JSZip from "jszip";

/**
 * ExcelJS, loaded the first time a workbook is written or handed to it: commands that only read (the streaming
 * reader) and `--version`, `--help` and `plans` never pay for loading it, nor does the pane until it writes.
 */
export const loadExcelJs = async (): Promise<typeof ExcelJS> =>
  (await import(/* webpackChunkName: "exceljs" */ "exceljs")).default;

/** JSZip, loaded only when a file goes the ExcelJS way (its limit check and normalising read the zip with it). */
export const loadJsZip = async (): Promise<typeof JSZip> =>
  (await import(/* webpackChunkName: "jszip" */ "jszip")).default;

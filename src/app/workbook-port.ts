import type { CellMark, SheetSpec, WorkbookSpec } from "../core/layout";
import type { Snapshot } from "../core/snapshot";

/**
 * What a use case needs from a workbook, whatever holds it: an .xlsx file (adapters/xlsx) or the workbook
 * open in Excel (adapters/office). Adapters translate; they never decide what to write.
 */
export interface WorkbookPort {
  /** Writes the whole workbook described by the spec. */
  writeWorkbook(spec: WorkbookSpec): Promise<void>;
  /**
   * Reads the workbook's sheets and tables, nothing interpreted; with `outsideTables`, also every cell outside
   * the tables that holds something (Snapshot.cells).
   */
  readSnapshot(options?: { readonly outsideTables?: boolean }): Promise<Snapshot>;
  /**
   * Replaces the findings sheet and the highlights of an earlier run with these, leaving every value and
   * every other format as it was.
   */
  markFindings(sheet: SheetSpec, marks: readonly CellMark[]): Promise<void>;
  /**
   * Removes the findings sheet and the highlights of an earlier run, and nothing else: every value and every
   * other format stays as it was. Clearing a workbook with neither changes nothing.
   */
  clearFindings(): Promise<void>;
  /**
   * Replaces each of these sheets (by name, in any case), leaving every other sheet, value and format as it
   * was: how the matrix and the stamp are rebuilt without touching the officer's entries. A sheet keeps its
   * place; one that is new goes where the format places it (core/format sheetPlace): after the last visible
   * sheet, before hidden ones such as `_kpi_meta`.
   */
  replaceSheets(sheets: readonly SheetSpec[]): Promise<void>;
}

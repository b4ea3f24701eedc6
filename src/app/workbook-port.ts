import type { WorkbookSpec } from "../core/layout";

/**
 * What a use case needs from a workbook, whatever holds it: an .xlsx file (adapters/xlsx) or the workbook
 * open in Excel (adapters/office). Adapters translate; they never decide what to write.
 */
export interface WorkbookPort {
  /** Writes the whole workbook described by the spec. */
  writeWorkbook(spec: WorkbookSpec): Promise<void>;
}

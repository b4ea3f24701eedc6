export * from "./workbook-spec";
export { buildReportingWorkbook, metaRows, metaSheet } from "./build-reporting-workbook";
export type { ReportingWorkbookOptions, WorkbookMeta } from "./build-reporting-workbook";
export type { EntryValue, KpiEntry, KpiEntries, LinkMarks } from "./kpi-entry";
export { progressFormula, statusFormula } from "./status-formula";
export type { StatusCells } from "./status-formula";
export { entriesOutsidePlan, parseEntriesFile } from "./parse-entries-file";
export type { EntriesFile } from "./parse-entries-file";
export { buildFindingsSheet, cellMarks } from "./build-findings-sheet";
export type { CellMark } from "./build-findings-sheet";
export { captionText } from "./caption-text";
export { gridCell, printableSheet, withGrid, GRID_FIRST_ROW } from "./printable-sheet";
export type { PrintableSheet } from "./printable-sheet";
export { rowHeight, wrappedLines } from "./row-height";
export { fitCell } from "./fit-cell";
export * from "./resource-columns";
export type {
  ObjectiveResourceEntry,
  OutputResourceEntry,
  ResourceEntries,
} from "./resource-entry";
export { NO_RESOURCE_ENTRIES } from "./resource-entry";
export { buildResourceSheets } from "./build-resource-sheets";

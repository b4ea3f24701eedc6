export { createExcelFake } from "./create-excel-fake";
export type { ExcelFake, FakeExcelContext } from "./create-excel-fake";
export { FakeOfficeError } from "./office-error";
export type { FakeErrorCode } from "./office-error";
export { largest } from "./fake-stats";
export type { FakeStats } from "./fake-stats";
export { newWorkbookState, cellKey } from "./workbook-state";
export type { WorkbookState, SheetState } from "./workbook-state";
export {
  cellsOf,
  chartsOf,
  conditionalFormatsOf,
  dataBarsOf,
  formatOf,
  selectionOf,
  sheetOf,
  validationOf,
} from "./inspect-workbook";
export { parseBlock, cellName } from "./cell-address";
export { dumpWorkbook, restoreWorkbook } from "./workbook-dump";
export type { WorkbookDump } from "./workbook-dump";

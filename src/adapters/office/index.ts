export { OfficeWorkbookPort } from "./office-workbook-port";
export type { ExcelRun, OfficeWorkbookOptions } from "./excel-run";
export { DEFAULT_PAYLOAD_BUDGET } from "./excel-run";
export { MARKER_FORMULA } from "./mark-findings";

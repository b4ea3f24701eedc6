export { writeXlsx, addSheet } from "./write-xlsx";
export { XlsxBytesPort, MemoryXlsxIo } from "./xlsx-bytes-port";
export type { XlsxBytesIo } from "./xlsx-bytes-port";
export { XlsxFilePort } from "./xlsx-file-port";
export type { XlsxFileOptions } from "./xlsx-file-port";
export { writeFileAtomic, FileExistsError } from "./atomic-file";
export { loadXlsx, snapshotOf, toCellData, WorkbookReadError } from "./read-xlsx";
export { markFindings } from "./mark-findings";
export { replaceSheets } from "./replace-sheets";

export { writeXlsx } from "./write-xlsx";
export { XlsxFilePort } from "./xlsx-file-port";
export { writeFileAtomic, FileExistsError } from "./atomic-file";

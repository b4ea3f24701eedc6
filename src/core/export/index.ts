export { neutraliseCell } from "./neutralise-cell";
export { csvTable } from "./csv-table";
export { plainTextLine } from "./plain-text-line";

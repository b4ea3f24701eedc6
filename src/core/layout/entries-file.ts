/**
 * A values file (`kpi-report new --values`, the demo's sample values) read and checked against its schema, in
 * zod: the folder's entry for the commands that read one. index.ts loads no zod, so a command that only reads a
 * workbook never pays for it (issue #12).
 */
export { entriesOutsidePlan, parseEntriesFile } from "./parse-entries-file";
export type { EntriesFile } from "./parse-entries-file";

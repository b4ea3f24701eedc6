/**
 * What the commands that check a JSON file in full load besides the engine: the values file's and the plan file's
 * schemas, in zod. Apart from engine.ts, so that a command that only reads a workbook never loads zod (issue #12:
 * its modules cost some 9 MB of the process's memory).
 */
export { entriesOutsidePlan, parseEntriesFile } from "../core/layout/entries-file";
export { planJsonSchema } from "../core/plan/schema";

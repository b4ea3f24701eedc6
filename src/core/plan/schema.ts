/**
 * The plan file's schema, in zod, and the loaders that check a file against it in full: the folder's entry for
 * whatever reads a plan file that may be wrong and must say why (`kpi-report schema`, a file the quick check
 * declines, tests). index.ts and quick.ts load no zod, so a command that only reads a workbook never pays for
 * it (zod's modules cost some 9 MB of a process's memory; issue #12).
 */
export { loadPlan } from "./load-plan";
export { parsePlanFile } from "./parse-plan-file";
export { planJsonSchema } from "./plan-schema";

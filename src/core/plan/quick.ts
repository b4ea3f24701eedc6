/**
 * What a front end needs to list plans without loading zod, the plan schema's library (95 modules: about the
 * time of a node start of its own): `kpi-report plans` and every command's plan lookup read plan files through
 * `parsePlanFileQuick` first, and import `./index` (parsePlanFile) only for a file it cannot answer for. The
 * folder's second entry point, beside index.ts; nothing here imports zod (test/core/plan/plan-quick.test.ts).
 */
export type { Plan, PlanNote } from "./plan";
export { loadPlanQuick, parsePlanFileQuick } from "./load-plan-quick";
export { formatPlanFileError, sayPlanFileError } from "./plan-file";
export type { PlanFileError } from "./plan-file";
export { planNoteLines } from "./plan-note-lines";

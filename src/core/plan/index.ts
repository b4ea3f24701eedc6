/**
 * The strategic plan as data: its types, its texts by language, finding a plan, the officer KPI ids. Nothing here
 * loads zod: the full check of a plan file is schema.ts (loadPlan, parsePlanFile, planJsonSchema).
 */
export * from "./plan";
export { jsonPath } from "./json-path";
export { planIn, planLanguages, planText } from "./plan-text";
export type { PlanInLanguage, TextInLanguage } from "./plan-text";
export type { PlanError } from "./build-plan";
export { formatPlanFileError, sayPlanFileError } from "./plan-file";
export type { PlanFileError } from "./plan-file";
export { loadPlanQuick, parsePlanFileQuick } from "./load-plan-quick";
export { planFinder } from "./plan-finder";
export type { PlanFinder } from "./plan-finder";
export { sameWording, wordingKey } from "./same-wording";
export { outputDisagreements } from "./output-disagreements";
export type { OutputDisagreement } from "./output-disagreements";
export { noteScope, planNoteLines } from "./plan-note-lines";
export { isOfficerKpiId, officerKpiId, parseOfficerKpiId } from "./officer-kpi-id";

export * from "./plan";
export { loadPlan, jsonPath } from "./load-plan";
export type { PlanError } from "./load-plan";
export { parsePlanFile, formatPlanFileError } from "./parse-plan-file";
export type { PlanFileError } from "./parse-plan-file";
export { planJsonSchema } from "./plan-schema";
export { planFinder } from "./plan-finder";
export type { PlanFinder } from "./plan-finder";

export * from "./report";
export { parseReport, isLinked, isProperMark } from "./parse-report";
export type { ParseOutcome } from "./parse-report";
export { objectiveOfColumn, linkedObjectiveIds, sameWording } from "./links";
export type * from "./resource-rows";

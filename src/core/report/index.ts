export * from "./report";
export { parseReport } from "./parse-report";
export type { ParseOutcome } from "./parse-report";
export {
  isLinked,
  isProperMark,
  objectiveOfColumn,
  linkedObjectiveIds,
  sameWording,
} from "./links";
export type * from "./resource-rows";

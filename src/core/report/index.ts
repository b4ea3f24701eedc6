export * from "./report";
export { parseReport, isLinked, isProperMark } from "./parse-report";
export type { ParseOutcome } from "./parse-report";

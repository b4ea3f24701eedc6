export * from "./report";
export { parseReport, isLinked, isProperMark } from "./parse-report";
export type { ParseOutcome } from "./parse-report";
export { objectiveOfColumn, linkedObjectiveIds, sameWording } from "./links";
export { METADATA_SHEETS, metadataSheetsShown, shownMetadataSheets } from "./metadata-sheets-shown";

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
export { METADATA_SHEETS, metadataSheetsShown, shownMetadataSheets } from "./metadata-sheets-shown";
export type * from "./resource-rows";

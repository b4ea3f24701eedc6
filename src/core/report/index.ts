export * from "./report";
export { parseReport, workbookOwnLanguage } from "./parse-report";
export type { ChooseTranslator, ParseOutcome } from "./parse-report";
export type { MetadataProblem } from "./read-metadata";
export {
  isLinked,
  isProperMark,
  objectiveOfColumn,
  linkedObjectiveIds,
  sameWording,
} from "./links";
export { METADATA_SHEETS, metadataSheetsShown, shownMetadataSheets } from "./metadata-sheets-shown";
export type * from "./resource-rows";

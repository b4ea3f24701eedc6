export { sha256Hex } from "./sha256";
export { digestSha256, platformSubtle } from "./digest-sha256";
export { utf8Bytes } from "./utf8-bytes";
export {
  CANONICAL_FORM,
  canonicalCells,
  canonicalLine,
  canonicalText,
  canonicalValue,
  compareCodePoints,
  contentHash,
  coveredTables,
  isComputedColumn,
  textHash,
} from "./canonical-content";
export { canonicalContent } from "./canonical-content-text";
export type { CanonicalCell, CanonicalValue } from "./canonical-content";
export { HASH_ALGORITHM, makeStamp, STAMP_VERSION, SUBMISSION_FORMAT } from "./submission-stamp";
export type { StampedContent, SubmissionStamp } from "./submission-stamp";
export {
  buildStampSheets,
  STAMP_CELLS_SHEET,
  STAMP_CELLS_TABLE,
  STAMP_PART_CHARS,
  stampParts,
  stampRows,
  SUBMISSION_SHEET,
  SUBMISSION_TABLE,
  submissionSheetName,
} from "./build-stamp-sheets";
export { readStamp } from "./read-stamp";
export { recordedCells, verifyStamp } from "./verify-stamp";
export type { ContentChange, Verification } from "./verify-stamp";
export { changePlace, describeValue } from "./format-verification";
export { chooseSubmissions, trustOf } from "./choose-submissions";
export type {
  ChosenSector,
  Consolidation,
  ConsolidationOptions,
  ConsolidationProblem,
  SubmissionFile,
  Trust,
} from "./choose-submissions";
export {
  buildConsolidatedWorkbook,
  CONSOLIDATION_SHEET,
  CONSOLIDATION_TABLE,
  consolidationSheetName,
  entryValue,
  sectorEntries,
  sectorLinks,
  UNVERIFIED_TAB_COLOR,
} from "./build-consolidated-workbook";
export { specSnapshot } from "./spec-snapshot";
export { fileName } from "./file-name";
export { mergeResources, sectorResources } from "./sector-resources";

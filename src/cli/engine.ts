/**
 * What the commands' actions run: the use cases, their presenters, the .xlsx adapter and the CLI's own helpers
 * over them. Commands load it (a dynamic import of this module) only once they run, so that `--help`, `plans` and a
 * mistyped option never pay for loading the engine (issue #12: a start within 2x of node's own).
 */
export {
  buildAnnex,
  buildMatrix,
  consolidateSubmissions,
  insertWorkbook,
  repairMetadata,
  submitWorkbook,
  upgradeWorkbook,
  validateWorkbook,
  verifySubmission,
} from "../app";
export {
  presentAnnex,
  presentConsolidation,
  presentInsert,
  presentMatrix,
  presentRefusal,
  presentStamp,
  presentUpgrade,
  presentVerification,
  say,
  verificationJson,
} from "../app/present";
export { writeFileAtomic } from "../adapters/xlsx";
export { entriesOutsidePlan, parseEntriesFile } from "../core/layout";
export { formatPlanFileError, planJsonSchema, sayPlanFileError } from "../core/plan";
export { findingsCsv } from "../core/rules";
export { checkWritable } from "./check-writable";
export { runDemo } from "./demo";
export { copyPort, inputFile, newFilePort, outputPath, rewritePort } from "./file-ports";
export { findingsJson, findingsText } from "./print-findings";

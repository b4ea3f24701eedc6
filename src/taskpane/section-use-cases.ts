/**
 * The use cases of the pane's later sections (matrix, annex, resources, submit, verify, consolidate, and updating the open
 * workbook to the current plan file), and the presentation modules that word their results (they need the
 * submission code), in a chunk of their own that loads on first use, so that the pane's first load carries only
 * what creating and checking need.
 */
export {
  buildAnnex,
  buildMatrix,
  consolidateSubmissions,
  submitWorkbook,
  summariseResources,
  upgradeWorkbook,
  verifySubmission,
} from "../app";
export {
  presentAnnex,
  presentConsolidation,
  presentMatrix,
  presentRefusal,
  presentResources,
  presentStamp,
  presentUpgrade,
  presentVerification,
} from "../app/present";

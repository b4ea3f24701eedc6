// What app offers the front ends: the use cases, the port they write through, and the plumbing they share.
export type { WorkbookPort } from "./workbook-port";
export { openReport, type OpenedReport } from "./open-report";
export { checkReport, type ReportedFinding, type ValidationOutcome } from "./check-report";
export {
  defaultPeriod,
  insertWorkbook,
  periodChoice,
  type InsertRequest,
  type InsertSummary,
  type PeriodChoice,
} from "./insert-workbook";
export { placeEntries, type EntriesPlacement, type SkipReason } from "./place-entries";
export { holdsReportOfPlan } from "./holds-report-of-plan";
export { validateWorkbook } from "./validate-workbook";
export { clearFindings } from "./clear-findings";
export { buildMatrix, type MatrixSummary } from "./build-matrix";
export { buildAnnex, type AnnexOutcome, type AnnexSummary } from "./build-annex";
export { submitWorkbook, type SubmitOutcome } from "./submit-workbook";
export { verifySubmission } from "./verify-submission";
export {
  consolidateSubmissions,
  type ConsolidateOutcome,
  type ConsolidateProblem,
  type SubmissionSource,
} from "./consolidate-submissions";
export { catalogOf, catalogOfResults, type PlanCatalog } from "./plan-catalog";
export { planCatalog } from "./bundled-plan-catalog";
export { repairMetadata, type RepairSummary } from "./repair-metadata";
export { upgradeWorkbook, type UpgradeOutcome } from "./upgrade-workbook";
export {
  summariseResources,
  type ResourceFigures,
  type ResourceFindings,
  type ResourcesSummary,
  type ResourceTotal,
} from "./summarise-resources";

export type { WorkbookPort } from "./workbook-port";
export { openReport } from "./open-report";
export type { OpenedReport } from "./open-report";
export { checkReport } from "./check-report";
export type { ReportedFinding, ValidationOutcome } from "./check-report";
export { insertWorkbook, defaultPeriod, periodChoice } from "./insert-workbook";
export type { InsertRequest, InsertSummary, PeriodChoice } from "./insert-workbook";
export { placeEntries } from "./place-entries";
export type { EntriesPlacement, SkipReason } from "./place-entries";
export { holdsReportOfPlan } from "./holds-report-of-plan";
export { validateWorkbook } from "./validate-workbook";
export { clearFindings } from "./clear-findings";
export { buildMatrix } from "./build-matrix";
export type { MatrixSummary } from "./build-matrix";
export { buildAnnex } from "./build-annex";
export type { AnnexSummary } from "./build-annex";
export { submitWorkbook } from "./submit-workbook";
export type { SubmitOutcome } from "./submit-workbook";
export { verifySubmission } from "./verify-submission";
export { consolidateSubmissions } from "./consolidate-submissions";
export type {
  ConsolidateOutcome,
  ConsolidateProblem,
  SubmissionSource,
} from "./consolidate-submissions";
export { catalogOf, catalogOfResults, planCatalog } from "./plan-catalog";
export type { PlanCatalog } from "./plan-catalog";
export { repairMetadata } from "./repair-metadata";
export type { RepairSummary } from "./repair-metadata";
export { upgradeWorkbook } from "./upgrade-workbook";
export type { UpgradeOutcome } from "./upgrade-workbook";

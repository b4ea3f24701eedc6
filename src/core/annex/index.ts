export { buildAnnexSheets, annexSheetName, STATUS_SUMMARY_SHEET } from "./build-annex-sheets";
export type { AnnexOptions } from "./build-annex-sheets";
export { kpiPeriodValues, MISSING_KPI } from "./kpi-period-values";
export type { PeriodValues } from "./kpi-period-values";
export { outputTableRows } from "./output-table-rows";
export { resultsTableHeader, resultsTableRows } from "./results-table-rows";
export { statusCounts } from "./status-counts";
export type { SectorStatusCount, StatusCount } from "./status-counts";
export { DRAFT_MARK, markDraft } from "./mark-draft";
export {
  BUDGET_EXECUTION_SHEET,
  RESOURCES_BY_GOAL_ANNEX_SHEET,
  SPENT_OFF_TRACK_FLAG,
  SPENT_THRESHOLD,
} from "./resources-annex-sheets";

export type { WorkbookPort } from "./workbook-port";
export { insertWorkbook, defaultPeriod } from "./insert-workbook";
export type { InsertRequest, InsertSummary } from "./insert-workbook";
export { validateWorkbook } from "./validate-workbook";
export type { ValidationOutcome } from "./validate-workbook";
export { planCatalog } from "./plan-catalog";
export type { PlanCatalog } from "./plan-catalog";

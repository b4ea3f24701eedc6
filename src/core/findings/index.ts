export { SEVERITIES, SEVERITY_RANK, worseSeverity } from "./severity";
export type { Severity } from "./severity";
export { finding } from "./finding";
export type { CellRef, Finding } from "./finding";
export { summarize } from "./summarize";
export type { FindingSummary } from "./summarize";

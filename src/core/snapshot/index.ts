export * from "./snapshot";
export { WORKBOOK_LIMITS, formatBytes } from "./workbook-limits";
export { cellOverLimit } from "./cell-over-limit";

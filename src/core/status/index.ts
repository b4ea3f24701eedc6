export { ASSESSMENTS, computeProgress, computeStatus, STATUSES } from "./compute-status";
export type { Status, StatusInput } from "./compute-status";

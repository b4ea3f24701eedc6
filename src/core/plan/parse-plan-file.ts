import type { Result } from "../result";
import { loadPlan } from "./load-plan";
import type { Plan } from "./plan";
import { readPlanFile, type PlanFileError } from "./plan-file";

export { formatPlanFileError, jsonSyntaxError, sayPlanFileError } from "./plan-file";
export type { PlanFileError } from "./plan-file";

/**
 * Reads a plan file's text (a byte-order mark is allowed) into a Plan. `file` names the file in messages;
 * where its name is `<id>.json`, the id inside must match it, so `--plan <id>` always finds the right file.
 */
export const parsePlanFile = (file: string, text: string): Result<Plan, PlanFileError> =>
  // loadPlan always answers: readPlanFile gives undefined only for a loader that may not.
  readPlanFile(file, text, loadPlan) as Result<Plan, PlanFileError>;

import type { Result } from "../result";
import { buildPlan, type PlanError } from "./build-plan";
import type { Plan } from "./plan";
import { readPlanFile, type PlanFileError } from "./plan-file";
import { planShape } from "./plan-shape";
import { splitPlanTexts } from "./plan-text";

/**
 * loadPlan without zod, for a front end's start: the same Plan, or the same reference errors, for a plan file of
 * English texts that fits the schema; undefined for any other (a file with texts in several languages, or one
 * the schema may refuse), which loadPlan then checks and words as always.
 */
export const loadPlanQuick = (json: unknown): Result<Plan, PlanError> | undefined => {
  const { texts } = splitPlanTexts(json);
  if (Object.keys(texts).length > 0) return undefined;
  const file = planShape(json);
  return file === undefined ? undefined : buildPlan(json, file, texts);
};

/** parsePlanFile without zod: its answer for a file `loadPlanQuick` can load, undefined for any other. */
export const parsePlanFileQuick = (
  file: string,
  text: string
): Result<Plan, PlanFileError> | undefined => readPlanFile(file, text, loadPlanQuick);

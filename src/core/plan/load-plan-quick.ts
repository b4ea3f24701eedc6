import type { Result } from "../result";
import { buildPlan, type PlanError } from "./build-plan";
import type { Plan } from "./plan";
import { readPlanFile, type PlanFileError } from "./plan-file";
import { planShape } from "./plan-shape";

/**
 * loadPlan without zod, for a front end's start: the same Plan, or the same reference errors, for a plan file of
 * English texts that fits the schema; undefined for any other (a file with texts in several languages, or one
 * the schema may refuse), which loadPlan then checks and words as always.
 */
export const loadPlanQuick = (json: unknown): Result<Plan, PlanError> | undefined => {
  // The English shape wants a string at every text field (the fields of TEXT_FIELDS, as a test of plan-text holds
  // them to the schema), so a file it accepts gives no text by language: splitPlanTexts would find none.
  const file = planShape(json);
  return file === undefined ? undefined : buildPlan(json, file, {});
};

/** parsePlanFile without zod: its answer for a file `loadPlanQuick` can load, undefined for any other. */
export const parsePlanFileQuick = (
  file: string,
  text: string
): Result<Plan, PlanFileError> | undefined => readPlanFile(file, text, loadPlanQuick);

import { fail, Result } from "../result";
import { Plan } from "./plan";
import { jsonPath } from "./json-path";
import { buildPlan, type PlanError } from "./build-plan";
import type { EnglishPlanFile } from "./plan-schema";
import { isTextPath, localTextProblems, splitPlanTexts } from "./plan-text";
import { saidAt, sayAt, valueAt, zodIssueSaid } from "./plan-messages";

export { jsonPath };

/**
 * The plan file's schemas (plan-schema.ts, in zod), loaded the first time a plan file is checked in full: a
 * sound plan file is read by the quick check (load-plan-quick.ts), so a command that reads a workbook never
 * pays for zod (some 9 MB of a process's memory; issue #12). A synchronous require, which webpack bundles as it
 * bundles an import.
 */
const schemas = (): typeof import("./plan-schema") =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when first used, synchronously
  require("./plan-schema") as typeof import("./plan-schema");

/** The JSON Schema of plan files, for editors and for other tools that read plan-data/ (zod loads with it). */
export const planJsonSchema = (): Record<string, unknown> => schemas().planJsonSchema();
export type { PlanError };

/**
 * Checks parsed plan JSON against the plan format and its own references, and returns the Plan.
 * @example loadPlan(JSON.parse(text)) // { ok: false, errors: [{ path: "$.sectors[0].outputs[2].objectives[0]", message: ... }] }
 */
export const loadPlan = (json: unknown): Result<Plan, PlanError> => {
  const { english, texts } = splitPlanTexts(json);
  // A file of English strings only (as every plan file was) is checked by the plain schema, ten times quicker.
  const multilingual = Object.keys(texts).length > 0;
  const { planFileSchema, englishPlanFileSchema } = schemas();
  const parsed = (multilingual ? planFileSchema : englishPlanFileSchema).safeParse(json);
  if (!parsed.success) return fail(parsed.error.issues.flatMap((issue) => planIssue(json, issue)));
  const file = multilingual
    ? englishPlanFileSchema.parse(english)
    : (parsed.data as EnglishPlanFile);
  return buildPlan(json, file, texts);
};

/**
 * A schema issue as plan errors: a text given as an object of languages that does not fit gets the reason
 * (an unknown language, no English, an empty text) rather than the schema's "Invalid input".
 */
const planIssue = (json: unknown, issue: Parameters<typeof zodIssueSaid>[0]): PlanError[] => {
  const path = jsonPath(issue.path);
  if (isTextPath(issue.path)) {
    const value = valueAt(json, issue.path);
    const key = issue.path[issue.path.length - 1];
    const emptyAllowed = key === "unit" || key === "rowHeader" || key === "outputsHeader";
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      const problems = localTextProblems(value, path, emptyAllowed);
      if (problems.length > 0) return problems;
    } else if (
      issue.code === "invalid_union" ||
      (issue.code === "invalid_type" && typeof value !== "string")
    )
      return [saidAt(path, "error.plan.notText", { example: '{"en": "...", "fr": "..."}' })];
  }
  return [sayAt(path, zodIssueSaid(issue, json))];
};

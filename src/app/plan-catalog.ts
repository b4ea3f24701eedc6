import { formatPlanFileError, parsePlanFile, Plan } from "../core/plan";

/** The plans a front end ships with, and a sentence for each plan file that could not be read. */
export interface PlanCatalog {
  readonly plans: readonly Plan[];
  readonly problems: readonly string[];
}

/**
 * Checks plan files that a front end bundles (the add-in has no plan folder to read), exactly as the CLI checks
 * the files of plan-data/, keyed by file name.
 */
export const planCatalog = (files: Readonly<Record<string, unknown>>): PlanCatalog => {
  const plans: Plan[] = [];
  const problems: string[] = [];
  for (const [file, json] of Object.entries(files)) {
    const result = parsePlanFile(file, JSON.stringify(json));
    if (result.ok) plans.push(result.value);
    else problems.push(...result.errors.map(formatPlanFileError));
  }
  return { plans, problems };
};

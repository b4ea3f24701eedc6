import { planCatalog } from "../app/bundled-plan-catalog";
import { catalogOf, PlanCatalog } from "../app/plan-catalog";

/** The plan files webpack finds in plan-data/ at build time, as its `require.context` gives them. */
interface PlanFileContext {
  keys(): string[];
  (key: string): unknown;
}

/** Every plan file a build ships with, keyed by file name, as webpack bundles them. */
export type PlanFiles = Readonly<Record<string, unknown>>;

/**
 * The plan files of plan-data/ that webpack found when the add-in was built: every `*.json` there but the schema,
 * named in no code, so that a new plan is a new data file for the add-in as for the CLI.
 */
const bundledPlanFiles = (): PlanFiles => {
  // webpack replaces this call at build time with a map of the folder's files; outside webpack there is none.
  const files = (
    require as unknown as {
      context(dir: string, deep: boolean, filter: RegExp): PlanFileContext;
    }
  ).context("../../plan-data", false, /^\.\/(?!.*\.schema\.json$)[^/]+\.json$/);
  return Object.fromEntries(files.keys().map((key) => [key.slice(2), files(key)]));
};

/**
 * Checks bundled plan files as the CLI checks plan-data/ and orders them newest period first, as officers most
 * often want them: the one catalog of the pane and the ribbon. It lists its plans (`all`), so a workbook whose
 * metadata was lost is recognised from its tables in Excel as on the CLI.
 */
export const bundlePlans = (files: PlanFiles): PlanCatalog => {
  const { plans, said } = planCatalog(files);
  return catalogOf(
    [...plans].sort((a, b) => b.period.end - a.period.end || a.id.localeCompare(b.id)),
    said
  );
};

/** The plans this build of the add-in ships with (plan-data/ at build time). */
export const bundledPlans = (): PlanCatalog => bundlePlans(bundledPlanFiles());

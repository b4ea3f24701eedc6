import { render, translatorFor, type Message } from "../core/i18n";
import type { PlanFinder } from "../core/plan";
// The catalog itself needs no zod: the CLI lists plans with it before (and mostly without) loading the schema.
import { sayPlanFileError, type Plan, type PlanFileError } from "../core/plan/quick";
import type { Result } from "../core/result";

/**
 * The plans a front end offers, for the CLI, the pane and the ribbon alike: it lists them (`all`), finds one by
 * id (`find`, or call it), and names each plan file that could not be read. It is a core `PlanFinder` that can
 * list, so a workbook whose `_kpi_meta` sheet was lost is recognised from its own tables wherever it is opened.
 */
export interface PlanCatalog extends PlanFinder {
  (id: string): Plan | undefined;
  /** Every plan that was read, in the order of its files. */
  readonly all: () => readonly Plan[];
  /** The plan with this id, if the catalog has it. */
  find(id: string): Plan | undefined;
  /** The same as `all()`. */
  readonly plans: readonly Plan[];
  /** One English sentence per problem of a plan file that could not be read, naming the file and the JSON path. */
  readonly problems: readonly string[];
  /** The same problems as keyed messages, to say in the reader's language. */
  readonly said: readonly Message[];
}

/** A catalog of plans already read, with the problems of the files that could not be (as keyed messages). */
export const catalogOf = (plans: readonly Plan[], said: readonly Message[] = []): PlanCatalog => {
  const english = translatorFor("en");
  const problems = said.map((m) => render(english, m));
  const byId = new Map(plans.map((p) => [p.id, p]));
  const find = (id: string): Plan | undefined => byId.get(id);
  return Object.assign((id: string) => find(id), {
    all: (): readonly Plan[] => plans,
    find,
    plans,
    problems,
    said,
  });
};

/** A catalog from plan files already parsed, each a plan or its problems (how the CLI reads plan-data/). */
export const catalogOfResults = (results: readonly Result<Plan, PlanFileError>[]): PlanCatalog =>
  catalogOf(
    results.flatMap((r) => (r.ok ? [r.value] : [])),
    results.flatMap((r) => (r.ok ? [] : r.errors.map(sayPlanFileError)))
  );

import type { Plan } from "./plan";

/**
 * Finds a plan by id, as a workbook's metadata names it. A finder that can also list every plan (`all`) lets a
 * workbook whose metadata Excel lost be matched to its plan by its own tables; a plain function cannot.
 */
export interface PlanFinder {
  (id: string): Plan | undefined;
  readonly all?: () => readonly Plan[];
}

/** A finder over these plans, able to list them. */
export const planFinder = (plans: readonly Plan[]): PlanFinder =>
  Object.assign((id: string): Plan | undefined => plans.find((p) => p.id === id), {
    all: (): readonly Plan[] => plans,
  });

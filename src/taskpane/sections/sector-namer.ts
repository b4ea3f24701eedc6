import type { PaneContext } from "../pane-context";

/** A sector's name in the plan the workbook was made for (its id where the plan does not name it). */
export const sectorNamer =
  (ctx: PaneContext, planId: string) =>
  (id: string): string =>
    ctx.plans.find(planId)?.sectors.find((s) => s.id === id)?.name ?? id;

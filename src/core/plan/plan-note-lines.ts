import type { Plan, PlanNote } from "./plan";

/** Where a note applies, as a reader says it: "ITU-R Objective 2", "ITU-R", or "Whole plan". */
export const noteScope = (plan: Plan, note: PlanNote): string => {
  const sector = plan.sectors.find((s) => s.id === note.sector);
  if (!sector) return "Whole plan";
  const objective = sector.objectives.find((o) => o.id === note.objective);
  return objective ? `${sector.id} ${objective.label}` : sector.id;
};

/**
 * A plan's notes as lines of text (kpi-report plans --notes, the pane's plan picker): what the plan's source
 * itself disagrees on or leaves out, so that officers know it is not their workbook's fault.
 */
export const planNoteLines = (plan: Plan): string[] => [
  `${plan.id} (version ${plan.version}): ${plan.notes.length === 0 ? "no notes" : `${plan.notes.length} note${plan.notes.length === 1 ? "" : "s"} on its source`}`,
  ...plan.notes.map((note) => `  ${noteScope(plan, note)}: ${note.text}`),
];

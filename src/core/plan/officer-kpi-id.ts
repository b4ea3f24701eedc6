import type { KpiId, Objective, SectorId } from "./plan";

/**
 * Officer-defined KPIs are numbered `<sector>.kpi.<objective number>.u<n>` (`ITU-R.kpi.2.u1`): the `u` keeps
 * them apart from the plan's own `<sector>.kpi.<objective number>.<n>`, which the plan format allows digits only.
 */
export const officerKpiId = (
  sector: SectorId,
  objective: Pick<Objective, "number">,
  n: number
): KpiId => `${sector}.kpi.${objective.number}.u${n}`;

const OFFICER_KPI_ID = /^([A-Za-z][A-Za-z0-9-]*)\.kpi\.(\d+)\.u(\d+)$/;

/** The sector, objective number and running number of an officer-defined KPI's id; null for any other id. */
export const parseOfficerKpiId = (
  id: string
): { readonly sector: SectorId; readonly objective: number; readonly n: number } | null => {
  const m = OFFICER_KPI_ID.exec(id.trim());
  return m ? { sector: m[1] as string, objective: Number(m[2]), n: Number(m[3]) } : null;
};

/** Whether an id is an officer-defined KPI's (never one of the plan's). */
export const isOfficerKpiId = (id: string): boolean => OFFICER_KPI_ID.test(id.trim());

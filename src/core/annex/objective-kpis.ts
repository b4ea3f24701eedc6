import { isOfficerKpiId, Sector } from "../plan";
import type { SectorReport } from "../report";

/** A KPI as the annex lists it: its id (to find its values) and its text. */
export interface AnnexKpi {
  readonly id: string;
  readonly text: string;
}

/**
 * The KPIs the annex lists under each objective of a sector, by objective id: Table X.2's own, in its order, then
 * the KPIs the officers defined for the objective in the workbook (those with a text), in workbook order.
 */
export const objectiveKpis = (
  sector: Sector,
  report: SectorReport | undefined
): Map<string, AnnexKpi[]> => {
  const byObjective = new Map<string, AnnexKpi[]>();
  const add = (objective: string, kpi: AnnexKpi): void => {
    byObjective.set(objective, [...(byObjective.get(objective) ?? []), kpi]);
  };
  for (const row of sector.results) for (const kpi of row.kpis) add(row.objective, kpi);
  for (const kpi of report?.kpis ?? []) {
    if (!isOfficerKpiId(kpi.id) || kpi.text === "") continue;
    add(String(kpi.objective.value ?? "").trim(), { id: kpi.id, text: kpi.text });
  }
  return byObjective;
};

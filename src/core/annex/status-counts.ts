import type { Sector } from "../plan";
import { Status, STATUSES } from "../status";
import { MISSING_KPI, PeriodValues } from "./kpi-period-values";
import type { AnnexKpi } from "./objective-kpis";
import { objectiveLabel } from "./objective-label";

/** How many KPIs have each status, in STATUSES order, and how many there are. */
export interface StatusCount {
  readonly label: string;
  readonly counts: readonly number[];
  readonly total: number;
}

/** A sector's count, and its objectives' counts (each objective with a KPI, in the sector's order). */
export interface SectorStatusCount extends StatusCount {
  readonly objectives: readonly StatusCount[];
}

const count = (label: string, statuses: readonly Status[]): StatusCount => ({
  label,
  counts: STATUSES.map((s) => statuses.filter((x) => x === s).length),
  total: statuses.length,
});

/**
 * Per sector (those given, in plan order) and per objective: KPIs met, on track, off track and not assessable.
 * `kpis` gives each sector's KPIs by objective (the plan's and the officers' own); the plan's alone by default.
 */
export const statusCounts = (
  sectors: readonly Sector[],
  values: ReadonlyMap<string, PeriodValues>,
  kpis: (sector: Sector) => ReadonlyMap<string, readonly AnnexKpi[]> = (sector) =>
    new Map(sector.results.map((r) => [r.objective, r.kpis]))
): SectorStatusCount[] =>
  sectors.map((sector) => {
    const byObjective = kpis(sector);
    const statusOf = (k: AnnexKpi): Status => (values.get(k.id) ?? MISSING_KPI).status;
    const objectives = sector.objectives
      .filter((o) => (byObjective.get(o.id) ?? []).length > 0)
      .map((o) => count(objectiveLabel(o), (byObjective.get(o.id) ?? []).map(statusOf)));
    const all = sector.objectives.flatMap((o) => (byObjective.get(o.id) ?? []).map(statusOf));
    return { ...count(sector.id, all), objectives };
  });

import type { Objective, Sector } from "../plan";
import { Status, STATUSES } from "../status";
import { MISSING_KPI, PeriodValues } from "./kpi-period-values";

/** How many KPIs have each status, in STATUSES order, and how many there are. */
export interface StatusCount {
  readonly label: string;
  readonly counts: readonly number[];
  readonly total: number;
}

/** A sector's count, and its objectives' counts (the objectives Table X.2 lists, in its order). */
export interface SectorStatusCount extends StatusCount {
  readonly objectives: readonly StatusCount[];
}

const count = (label: string, statuses: readonly Status[]): StatusCount => ({
  label,
  counts: STATUSES.map((s) => statuses.filter((x) => x === s).length),
  total: statuses.length,
});

const objectiveLabel = (objective: Objective | undefined, fallback: string): string =>
  objective
    ? objective.shortTitle
      ? `${objective.label}: ${objective.shortTitle}`
      : objective.label
    : fallback;

/** Per sector (those given, in plan order) and per objective: KPIs met, on track, off track and not assessable. */
export const statusCounts = (
  sectors: readonly Sector[],
  values: ReadonlyMap<string, PeriodValues>
): SectorStatusCount[] =>
  sectors.map((sector) => {
    const objectives = sector.results.map((result) =>
      count(
        objectiveLabel(
          sector.objectives.find((o) => o.id === result.objective),
          result.objective
        ),
        result.kpis.map((k) => (values.get(k.id) ?? MISSING_KPI).status)
      )
    );
    const all = sector.results.flatMap((r) =>
      r.kpis.map((k) => (values.get(k.id) ?? MISSING_KPI).status)
    );
    return { ...count(sector.id, all), objectives };
  });

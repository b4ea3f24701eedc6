import type { KpiEntries, KpiEntry } from "../core/layout";
import { Plan, planYears, sectorKpis } from "../core/plan";

/** Why a value given to pre-fill a workbook was not written into it. */
export type SkipReason = "sector-not-included" | "year-outside-plan";

/** How many given values a new workbook holds, and how many it left out, by reason. */
export interface EntriesPlacement {
  readonly placed: number;
  readonly skipped: readonly { readonly reason: SkipReason; readonly count: number }[];
}

const given = (v: unknown): boolean => v !== undefined && v !== null && v !== "";

/** The given values of one entry: one per cell it fills, each target and actual by year. */
const values = (entry: KpiEntry): { year: number | null }[] => [
  ...[
    entry.objective,
    entry.output,
    entry.baselineYear,
    entry.baseline,
    entry.dataNote,
    entry.evidence,
  ]
    .filter(given)
    .map(() => ({ year: null })),
  ...[entry.targets, entry.actuals].flatMap((byYear) =>
    Object.entries(byYear ?? {})
      .filter(([, v]) => given(v))
      .map(([year]) => ({ year: Number(year) }))
  ),
];

/**
 * Counts the values of a values file that a workbook of these sectors places, and those it leaves out: a KPI of
 * a sector the workbook does not include, a target or actual of a year outside the plan's period.
 */
export const placeEntries = (
  plan: Plan,
  sectors: readonly string[],
  entries: KpiEntries
): EntriesPlacement => {
  const included = new Set(
    plan.sectors
      .filter((s) => sectors.length === 0 || sectors.includes(s.id))
      .flatMap((s) => sectorKpis(s).map((k) => k.id))
  );
  const years = new Set(planYears(plan));
  const skipped: Record<SkipReason, number> = { "sector-not-included": 0, "year-outside-plan": 0 };
  let placed = 0;
  for (const [id, entry] of entries)
    for (const v of values(entry)) {
      if (!included.has(id)) skipped["sector-not-included"] += 1;
      else if (v.year !== null && !years.has(v.year)) skipped["year-outside-plan"] += 1;
      else placed += 1;
    }
  return {
    placed,
    skipped: (Object.keys(skipped) as SkipReason[])
      .filter((reason) => skipped[reason] > 0)
      .map((reason) => ({ reason, count: skipped[reason] })),
  };
};

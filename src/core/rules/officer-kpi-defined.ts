import { isOfficerKpiId, sectorKpis } from "../plan";
import { isEmptyCell } from "../snapshot";
import { finding, Finding } from "../findings";
import { KpiEntryRow, kpiRule, NONE } from "./kpi-cells";
import type { RuleContext } from "./rule";

const FIX_ID =
  "Number a KPI of your own <sector>.kpi.<objective number>.u<n> (for example ITU-R.kpi.2.u1), or restore the plan's id.";

// The plan's KPI ids by plan, worked out once rather than for each of up to 100,000 rows.
const planIdsCache = new WeakMap<object, ReadonlySet<string>>();
const planIds = ({ plan }: RuleContext): ReadonlySet<string> => {
  let ids = planIdsCache.get(plan);
  if (!ids) {
    ids = new Set(plan.sectors.flatMap((s) => sectorKpis(s).map((k) => k.id)));
    planIdsCache.set(plan, ids);
  }
  return ids;
};

/**
 * A KPI row is the plan's, or one the officers define (docs/workbook-format.md, "KPIs of your own"): an id in the
 * officers' scheme, its own text and direction. Its measure is checked with every KPI's (value-not-in-list).
 */
export const officerKpiDefined = kpiRule((row: KpiEntryRow, context) => {
  const { sector, kpi } = row;
  if (kpi.id === "" || planIds(context).has(kpi.id)) return NONE;
  if (!isOfficerKpiId(kpi.id))
    return [
      finding(
        "officer-kpi-defined",
        "error",
        kpi.at,
        `${kpi.id} is not a KPI of plan ${context.plan.id}, and not numbered as a KPI of your own`,
        { sector: sector.id, fix: FIX_ID }
      ),
    ];
  const found: Finding[] = [];
  if (kpi.text === "")
    found.push(
      finding("officer-kpi-defined", "error", kpi.at, `${kpi.id}, a KPI of your own, has no text`, {
        sector: sector.id,
        fix: "Write in the KPI column what the KPI measures.",
      })
    );
  if (kpi.direction === null)
    found.push(
      finding(
        "officer-kpi-defined",
        "error",
        kpi.directionCell,
        isEmptyCell(kpi.directionCell.value)
          ? `${kpi.id}, a KPI of your own, has no direction`
          : `${kpi.id} has a direction that is neither Higher is better nor Lower is better`,
        { sector: sector.id, fix: "Choose the direction from the cell's dropdown." }
      )
    );
  return found.length === 0 ? NONE : found;
});

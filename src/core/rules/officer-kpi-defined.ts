import { isOfficerKpiId, sectorKpis } from "../plan";
import { isEmptyCell } from "../snapshot";
import { finding, Finding } from "../findings";
import { KpiEntryRow, kpiRule, NONE } from "./kpi-cells";
import type { RuleContext } from "./rule";
import { header, shownWord } from "./words";

/** The officers' numbering of their own KPIs, its parts named in the language asked for. */
const scheme = ({ i18n }: RuleContext): string =>
  `<${i18n.t("finding.officer-kpi-defined.sector")}>.kpi.<${i18n.t("finding.officer-kpi-defined.objectiveNumber")}>.u<n>`;

const fixId = (context: RuleContext): string =>
  context.i18n.t("finding.officer-kpi-defined.fixId", {
    scheme: scheme(context),
    example: "ITU-R.kpi.2.u1",
  });

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
        context.i18n.t("finding.officer-kpi-defined.notNumbered", {
          kpi: kpi.id,
          plan: context.plan.id,
        }),
        { sector: sector.id, fix: fixId(context) }
      ),
    ];
  const found: Finding[] = [];
  if (kpi.text === "")
    found.push(
      finding(
        "officer-kpi-defined",
        "error",
        kpi.at,
        context.i18n.t("finding.officer-kpi-defined.noText", { kpi: kpi.id }),
        {
          sector: sector.id,
          fix: context.i18n.t("finding.officer-kpi-defined.fixText", {
            column: header(context, "kpi"),
          }),
        }
      )
    );
  if (kpi.direction === null)
    found.push(
      finding(
        "officer-kpi-defined",
        "error",
        kpi.directionCell,
        isEmptyCell(kpi.directionCell.value)
          ? context.i18n.t("finding.officer-kpi-defined.noDirection", { kpi: kpi.id })
          : context.i18n.t("finding.officer-kpi-defined.badDirection", {
              kpi: kpi.id,
              up: shownWord(context, "direction", "up"),
              down: shownWord(context, "direction", "down"),
            }),
        { sector: sector.id, fix: context.i18n.t("finding.officer-kpi-defined.fixDirection") }
      )
    );
  return found.length === 0 ? NONE : found;
});

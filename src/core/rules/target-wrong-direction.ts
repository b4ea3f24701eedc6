import type { KpiYear } from "../report";
import { finding, Finding } from "../findings";
import { checkYears, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";
import type { RuleContext } from "./rule";
import { header, plainNumber, shownWord } from "./words";

const flag = (
  y: KpiYear,
  _previous: KpiYear | undefined,
  { sector, kpi }: KpiEntryRow,
  context: RuleContext
): Finding | null => {
  const baseline = kpi.baseline.value;
  const direction = kpi.direction;
  const target = y.target.value;
  if (
    typeof target !== "number" ||
    typeof baseline !== "number" ||
    direction === null ||
    (direction === "up" ? target >= baseline : target <= baseline)
  )
    return null;
  return finding(
    "target-wrong-direction",
    "warning",
    y.target,
    context.i18n.t("finding.target-wrong-direction.message", {
      column: header(context, "target", y.year),
      kpi: kpi.id,
      value: plainNumber(context.i18n, target),
      side: direction === "up" ? "below" : "above",
      baseline: plainNumber(context.i18n, baseline),
      direction: shownWord(context, "direction", direction).toLocaleLowerCase(context.i18n.locale),
    }),
    { sector: sector.id, fix: context.i18n.t("finding.target-wrong-direction.fixCheck") }
  );
};

/** A target on the wrong side of the baseline for the KPI's direction (a lower target for a higher-is-better KPI). */
export const targetWrongDirection = kpiRule((row, context) =>
  (row.kpi.measure !== "number" && row.kpi.measure !== "percentage") ||
  row.kpi.direction === null ||
  typeof row.kpi.baseline.value !== "number"
    ? NONE
    : checkYears(row, context, flag)
);

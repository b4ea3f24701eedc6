import type { KpiYear } from "../report";
import { isEmptyCell } from "../snapshot";
import { finding, Finding } from "../findings";
import { checkYears, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";
import type { RuleContext } from "./rule";

const flag = (
  y: KpiYear,
  _previous: KpiYear | undefined,
  { sector, kpi }: KpiEntryRow,
  { i18n }: RuleContext
): Finding | null =>
  !isEmptyCell(y.actual.value) && isEmptyCell(y.target.value)
    ? finding(
        "actual-without-target",
        "warning",
        y.target,
        i18n.t("finding.actual-without-target.message", { kpi: kpi.id, year: y.year }),
        {
          sector: sector.id,
          fix: i18n.t("finding.actual-without-target.fixYear", { year: y.year }),
        }
      )
    : null;

/** An actual reported for a year that has no target: progress cannot be judged. */
export const actualWithoutTarget = kpiRule((row, context) =>
  row.kpi.measure === "qualitative" ? NONE : checkYears(row, context, flag)
);

import type { KpiYear } from "../report";
import { finding, Finding } from "../findings";
import { checkYears, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";
import type { RuleContext } from "./rule";
import { header, plainNumber } from "./words";

const flag = (
  year: KpiYear,
  before: KpiYear | undefined,
  { sector, kpi }: KpiEntryRow,
  context: RuleContext
): Finding | null => {
  const previous = before?.actual.value;
  const current = year.actual.value;
  const { i18n } = context;
  return typeof previous === "number" && typeof current === "number" && current < previous
    ? finding(
        "cumulative-decrease",
        "warning",
        year.actual,
        i18n.t("finding.cumulative-decrease.message", {
          column: header(context, "actual", year.year),
          kpi: kpi.id,
          value: plainNumber(i18n, current),
          previousYear: year.year - 1,
          previous: plainNumber(i18n, previous),
        }),
        { sector: sector.id, fix: i18n.t("finding.cumulative-decrease.fixTotal") }
      )
    : null;
};

/** A KPI the plan declares cumulative (running totals) whose actual falls from one year to the next. */
export const cumulativeDecrease = kpiRule((row, context) =>
  !row.kpi.cumulative ? NONE : checkYears(row, context, flag)
);

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
  const { plan, i18n } = context;
  const previous = before?.actual.value;
  const current = year.actual.value;
  if (typeof previous !== "number" || typeof current !== "number" || previous === 0) return null;
  const change = Math.abs(current - previous) / Math.abs(previous);
  return change > plan.reporting.jumpThreshold
    ? finding(
        "implausible-jump",
        "warning",
        year.actual,
        i18n.t("finding.implausible-jump.message", {
          column: header(context, "actual", year.year),
          kpi: kpi.id,
          value: plainNumber(i18n, current),
          previousYear: year.year - 1,
          previous: plainNumber(i18n, previous),
          change: Math.round(change * 100),
        }),
        {
          sector: sector.id,
          fix: i18n.t("finding.implausible-jump.fixUnit", {
            evidence: header(context, "evidence"),
          }),
        }
      )
    : null;
};

/** An actual that changes from the previous year's by more than the plan's jump threshold (default 100%). */
export const implausibleJump = kpiRule((row, context) =>
  row.kpi.measure !== "number" && row.kpi.measure !== "percentage"
    ? NONE
    : checkYears(row, context, flag)
);

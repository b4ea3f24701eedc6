import type { KpiYear } from "../report";
import { isEmptyCell } from "../snapshot";
import { finding, Finding } from "../findings";
import { checkYears, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";
import type { RuleContext } from "./rule";
import { describeShown, header } from "./words";

const flag = (
  y: KpiYear,
  _previous: KpiYear | undefined,
  row: KpiEntryRow,
  context: RuleContext
): Finding | null => {
  if (isEmptyCell(y.assessment.value) || !isEmptyCell(y.actual.value)) return null;
  const { i18n } = context;
  const column = header(context, "actual", y.year);
  return finding(
    "assessment-without-narrative",
    "error",
    y.actual,
    i18n.t("finding.assessment-without-narrative.message", {
      kpi: row.kpi.id,
      value: describeShown(context, "assessment", y.assessment.value),
      year: y.year,
      column,
    }),
    {
      sector: row.sector.id,
      fix: i18n.t("finding.assessment-without-narrative.fixYear", { column }),
    }
  );
};

/** A qualitative KPI's assessment is only as good as its narrative: an assessed year needs one. */
export const assessmentWithoutNarrative = kpiRule((row, context) =>
  row.kpi.measure === "qualitative" ? checkYears(row, context, flag) : NONE
);

import type { KpiYear } from "../report";
import { describeCell, isEmptyCell } from "../snapshot";
import { finding, Finding } from "../findings";
import { checkYears, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";

const flag = (y: KpiYear, _previous: KpiYear | undefined, row: KpiEntryRow): Finding | null =>
  !isEmptyCell(y.assessment.value) && isEmptyCell(y.actual.value)
    ? finding(
        "assessment-without-narrative",
        "error",
        y.actual,
        `${row.kpi.id} is assessed ${describeCell(y.assessment.value)} for ${y.year}, but Actual ${y.year} gives no narrative to support it`,
        {
          sector: row.sector.id,
          fix: `Write in Actual ${y.year} what was achieved, the evidence for the assessment; or clear the assessment.`,
        }
      )
    : null;

/** A qualitative KPI's assessment is only as good as its narrative: an assessed year needs one. */
export const assessmentWithoutNarrative = kpiRule((row, context) =>
  row.kpi.measure === "qualitative" ? checkYears(row, context, flag) : NONE
);

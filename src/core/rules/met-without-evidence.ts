import { isEmptyCell } from "../snapshot";
import { finding } from "../findings";
import { kpiRule, engineStatus, NONE } from "./kpi-cells";

/** A KPI whose reporting-year status is Met, with no evidence or comment to support it. */
export const metWithoutEvidence = kpiRule((row, context) =>
  engineStatus(row, context) === "Met" && isEmptyCell(row.kpi.evidence.value)
    ? [
        finding(
          "met-without-evidence",
          "error",
          row.kpi.evidence,
          `${row.kpi.id} is Met in ${context.period} but gives no evidence`,
          {
            sector: row.sector.id,
            fix: "Name the evidence in 'Evidence / comment': a document symbol, a link, or the source of the figure.",
          }
        ),
      ]
    : NONE
);

import { isEmptyCell } from "../snapshot";
import { finding } from "../findings";
import { kpiRule, engineStatus, NONE } from "./kpi-cells";
import { header, shownWord } from "./words";

/** A KPI whose reporting-year status is Met, with no evidence or comment to support it. */
export const metWithoutEvidence = kpiRule((row, context) =>
  engineStatus(row, context) === "Met" && isEmptyCell(row.kpi.evidence.value)
    ? [
        finding(
          "met-without-evidence",
          "error",
          row.kpi.evidence,
          context.i18n.t("finding.met-without-evidence.message", {
            kpi: row.kpi.id,
            met: shownWord(context, "status", "Met"),
            year: context.period,
          }),
          {
            sector: row.sector.id,
            fix: context.i18n.t("finding.met-without-evidence.fixSource", {
              evidence: header(context, "evidence"),
            }),
          }
        ),
      ]
    : NONE
);

import { isEmptyCell } from "../snapshot";
import { finding } from "../findings";
import { kpiRule, NONE } from "./kpi-cells";
import { header, shownWord } from "./words";

/** A qualitative KPI with a narrative for the reporting year but no assessment: its status cannot be known. */
export const assessmentMissing = kpiRule(({ sector, kpi }, context) => {
  const { period, i18n } = context;
  if (kpi.measure !== "qualitative") return NONE;
  const year = kpi.years.find((y) => y.year === period);
  if (!year || isEmptyCell(year.actual.value) || !isEmptyCell(year.assessment.value)) return NONE;
  // A workbook made before the Assessment columns has nowhere to put one: the finding would have no fix.
  if (year.assessment.cell === null) return NONE;
  return [
    finding(
      "assessment-missing",
      "warning",
      year.assessment,
      i18n.t("finding.assessment-missing.message", {
        kpi: kpi.id,
        year: period,
        notAssessable: shownWord(context, "status", "Not assessable"),
      }),
      {
        sector: sector.id,
        fix: i18n.t("finding.assessment-missing.fixYear", {
          achieved: shownWord(context, "assessment", "Achieved"),
          partly: shownWord(context, "assessment", "Partly achieved"),
          notAchieved: shownWord(context, "assessment", "Not achieved"),
          column: header(context, "assessment", period),
        }),
      }
    ),
  ];
});

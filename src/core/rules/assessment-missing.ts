import { isEmptyCell } from "../snapshot";
import { finding } from "../findings";
import { kpiRule, NONE } from "./kpi-cells";

/** A qualitative KPI with a narrative for the reporting year but no assessment: its status cannot be known. */
export const assessmentMissing = kpiRule(({ sector, kpi }, { period }) => {
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
      `${kpi.id} has a narrative for ${period} but no assessment, so its status is Not assessable`,
      {
        sector: sector.id,
        fix: `Choose Achieved, Partly achieved or Not achieved in Assessment ${period}, as the narrative shows.`,
      }
    ),
  ];
});

import { isEmptyCell } from "../snapshot";
import { finding } from "./finding";
import { kpiFindings, NONE } from "./kpi-cells";
import type { Rule } from "./rule";

const NO_DATA = "no data";

/** A KPI with no actual for the reporting year and no explicit "No data". */
export const actualMissing: Rule = (report, { period }) =>
  kpiFindings(report, ({ sector, kpi }) => {
    const year = kpi.years.find((y) => y.year === period);
    const noData =
      typeof kpi.dataNote.value === "string" && kpi.dataNote.value.trim().toLowerCase() === NO_DATA;
    if (!year || !isEmptyCell(year.actual.value) || noData) return NONE;
    return [
      finding("actual-missing", "error", year.actual, `${kpi.id} has no actual for ${period}`, {
        sector: sector.id,
        fix: "Enter the actual, or choose 'No data' in 'Data note' and say why in 'Evidence / comment'.",
      }),
    ];
  });

import { isEmptyCell } from "../snapshot";
import { finding } from "./finding";
import { allKpis } from "./kpi-cells";
import type { Rule } from "./rule";

const NO_DATA = "no data";

/** A KPI with no actual for the reporting year and no explicit "No data". */
export const actualMissing: Rule = (report, { period }) =>
  allKpis(report).flatMap(({ sector, kpi }) => {
    const year = kpi.years.find((y) => y.year === period);
    const noData = typeof kpi.dataNote.value === "string" && kpi.dataNote.value.trim().toLowerCase() === NO_DATA;
    if (!year || !isEmptyCell(year.actual.value) || noData) return [];
    return [
      finding("actual-missing", "error", year.actual.at, `${kpi.id} has no actual for ${period}`, {
        sector: sector.id,
        fix: "Enter the actual, or choose 'No data' in 'Data note' and say why in 'Evidence / comment'.",
      }),
    ];
  });

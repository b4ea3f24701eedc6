import type { KpiYear } from "../report";
import { isEmptyCell } from "../snapshot";
import { finding } from "../findings";
import { kpiRule, NONE } from "./kpi-cells";

const NO_DATA = "no data";

/** A KPI with no actual for the reporting year and no explicit "No data". */
export const actualMissing = kpiRule(({ sector, kpi }, { period }) => {
  let year: KpiYear | undefined;
  for (const y of kpi.years) if (y.year === period && !year) year = y;
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

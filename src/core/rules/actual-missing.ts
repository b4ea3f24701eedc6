import type { KpiYear } from "../report";
import { isEmptyCell } from "../snapshot";
import { finding } from "../findings";
import { kpiRule, NONE } from "./kpi-cells";
import { header, shownWord } from "./words";

const NO_DATA = "no data";

/** A KPI with no actual for the reporting year and no explicit "No data". */
export const actualMissing = kpiRule(({ sector, kpi }, context) => {
  const { period, i18n } = context;
  let year: KpiYear | undefined;
  for (const y of kpi.years) if (y.year === period && !year) year = y;
  const noData =
    typeof kpi.dataNote.value === "string" && kpi.dataNote.value.trim().toLowerCase() === NO_DATA;
  if (!year || !isEmptyCell(year.actual.value) || noData) return NONE;
  return [
    finding(
      "actual-missing",
      "error",
      year.actual,
      i18n.t("finding.actual-missing.message", { kpi: kpi.id, year: period }),
      {
        sector: sector.id,
        fix: i18n.t("finding.actual-missing.fix", {
          noData: shownWord(context, "dataNote", "No data"),
          dataNote: header(context, "dataNote"),
          evidence: header(context, "evidence"),
        }),
      }
    ),
  ];
});

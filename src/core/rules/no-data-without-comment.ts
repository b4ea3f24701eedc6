import { isEmptyCell } from "../snapshot";
import { finding } from "../findings";
import { kpiRule, NONE } from "./kpi-cells";

/** "No data" chosen without saying why. */
export const noDataWithoutComment = kpiRule(({ sector, kpi }) =>
  typeof kpi.dataNote.value === "string" &&
  kpi.dataNote.value.trim().toLowerCase() === "no data" &&
  isEmptyCell(kpi.evidence.value)
    ? [
        finding(
          "no-data-without-comment",
          "error",
          kpi.evidence,
          `${kpi.id} is marked 'No data' without a reason`,
          {
            sector: sector.id,
            fix: "Say in 'Evidence / comment' why there is no data and when there will be.",
          }
        ),
      ]
    : NONE
);

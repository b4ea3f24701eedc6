import { isEmptyCell } from "../snapshot";
import { finding } from "../findings";
import { kpiRule, NONE } from "./kpi-cells";
import { header, shownWord } from "./words";

/** "No data" chosen without saying why. */
export const noDataWithoutComment = kpiRule(({ sector, kpi }, context) =>
  typeof kpi.dataNote.value === "string" &&
  kpi.dataNote.value.trim().toLowerCase() === "no data" &&
  isEmptyCell(kpi.evidence.value)
    ? [
        finding(
          "no-data-without-comment",
          "error",
          kpi.evidence,
          context.i18n.t("finding.no-data-without-comment.message", {
            kpi: kpi.id,
            noData: shownWord(context, "dataNote", "No data"),
          }),
          {
            sector: sector.id,
            fix: context.i18n.t("finding.no-data-without-comment.fixWhen", {
              evidence: header(context, "evidence"),
            }),
          }
        ),
      ]
    : NONE
);

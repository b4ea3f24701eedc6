import { STATUSES } from "../status";
import { isEmptyCell } from "../snapshot";
import { finding } from "../findings";
import { kpiRule, engineStatus, NONE } from "./kpi-cells";
import { describeShown, shownWord } from "./words";

/**
 * The Status cell disagrees with the direction-aware percent of target: typed over, or a formula that was
 * edited. A formula whose result was never computed (a file not yet opened in Excel) is not a disagreement.
 */
export const statusMismatch = kpiRule((row, context) => {
  const { sector, kpi } = row;
  const cell = kpi.status;
  const expected = engineStatus(row, context);
  if (!cell || expected === null || (isEmptyCell(cell.value) && cell.formula !== undefined))
    return NONE;
  const shown = typeof cell.value === "string" ? cell.value.trim() : cell.value;
  if (typeof shown === "string" && shown.toLowerCase() === expected.toLowerCase()) return NONE;
  const { i18n } = context;
  return [
    finding(
      "status-mismatch",
      "error",
      cell,
      i18n.t("finding.status-mismatch.message", {
        column: i18n.t("finding.column.status"),
        kpi: kpi.id,
        value: describeShown(context, "status", cell.value),
        expected: shownWord(context, "status", expected),
        typedOver: cell.formula === undefined ? "yes" : "no",
      }),
      {
        sector: sector.id,
        fix: i18n.t(
          STATUSES.includes(shown as never)
            ? "finding.status-mismatch.fixValues"
            : "finding.status-mismatch.fixFormula",
          { column: i18n.t("finding.column.status") }
        ),
      }
    ),
  ];
});

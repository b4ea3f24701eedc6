import { STATUSES } from "../status";
import { describeCell, isEmptyCell } from "../snapshot";
import { finding } from "../findings";
import { kpiRule, engineStatus, NONE } from "./kpi-cells";

/**
 * The Status cell disagrees with the direction-aware percent of target: typed over, or a formula that was
 * edited. A formula whose result was never computed (a file not yet opened in Excel) is not a disagreement.
 */
export const statusMismatch = kpiRule((row, context) => {
  const { sector, kpi } = row;
  const cell = kpi.status;
  const expected = engineStatus(row, context);
  if (!cell || expected === null || (cell.formula !== undefined && isEmptyCell(cell.value)))
    return NONE;
  const shown = typeof cell.value === "string" ? cell.value.trim() : cell.value;
  if (typeof shown === "string" && shown.toLowerCase() === expected.toLowerCase()) return NONE;
  const typedOver =
    cell.formula === undefined ? " (the formula was replaced by a typed value)" : "";
  return [
    finding(
      "status-mismatch",
      "error",
      cell,
      `Status of ${kpi.id} shows ${describeCell(cell.value)} but its values give "${expected}"${typedOver}`,
      {
        sector: sector.id,
        fix: STATUSES.includes(shown as never)
          ? "Restore the Status formula (copy it from the row above) and correct the values if the status is wrong."
          : "Restore the Status formula (copy it from the row above).",
      }
    ),
  ];
});

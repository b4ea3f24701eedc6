import { MEASURE_LABELS, YES_NO } from "../format";
import type { Field } from "../report";
import { describeCell, isEmptyCell } from "../snapshot";
import { finding, Finding } from "../findings";
import { checkValues, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";
import type { RuleContext } from "./rule";

const listOf = (row: KpiEntryRow, { plan }: RuleContext): readonly string[] | null =>
  row.kpi.measure === "yes-no"
    ? YES_NO
    : row.kpi.measure === "milestone"
      ? plan.reporting.milestoneStages
      : null;

// The allowed values in lower case, built once per list rather than once per row.
const allowedCache = new WeakMap<readonly string[], ReadonlySet<string>>();
const allowedOf = (list: readonly string[]): ReadonlySet<string> => {
  let allowed = allowedCache.get(list);
  if (!allowed) {
    allowed = new Set(list.map((v) => v.toLowerCase()));
    allowedCache.set(list, allowed);
  }
  return allowed;
};

const flag = (
  field: Field,
  label: string,
  row: KpiEntryRow,
  context: RuleContext
): Finding | null => {
  const list = listOf(row, context) ?? [];
  const v = field.value;
  return isEmptyCell(v) || (typeof v === "string" && allowedOf(list).has(v.trim().toLowerCase()))
    ? null
    : finding(
        "value-not-in-list",
        "error",
        field,
        `${label} of ${row.kpi.id} is ${describeCell(v)}, not one of ${list.join(", ")}`,
        { sector: row.sector.id, fix: "Choose a value from the cell's dropdown." }
      );
};

/** A Yes/No or Milestone KPI with a value outside its list, or a Measure cell that names no measure. */
export const valueNotInList = kpiRule((row, context) => {
  const { sector, kpi } = row;
  if (kpi.measure === null) {
    return [
      finding(
        "value-not-in-list",
        "error",
        kpi.measureCell,
        `Measure of ${kpi.id} is ${describeCell(kpi.measureCell.value)}, not one of ${Object.values(MEASURE_LABELS).join(", ")}`,
        {
          sector: sector.id,
          fix: "Choose the measure from the dropdown; the KPI's values cannot be checked until then.",
        }
      ),
    ];
  }
  return listOf(row, context) === null ? NONE : checkValues(row, context, flag);
});

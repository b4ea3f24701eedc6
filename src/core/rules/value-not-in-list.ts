import { YES_NO } from "../format";
import type { Field, KpiYear } from "../report";
import { ASSESSMENTS } from "../status";
import { isEmptyCell } from "../snapshot";
import { finding, Finding } from "../findings";
import { checkValues, checkYears, KpiEntryRow, kpiRule, NONE } from "./kpi-cells";
import type { RuleContext } from "./rule";
import { describeValue, header, shownWords } from "./words";

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

/** The list a message names: the workbook's own Yes/No words, or the plan's milestone stages. */
const shownList = (row: KpiEntryRow, context: RuleContext, list: readonly string[]): string =>
  row.kpi.measure === "yes-no" ? shownWords(context, "answer") : list.join(", ");

const flag = (
  field: Field,
  label: string,
  row: KpiEntryRow,
  context: RuleContext
): Finding | null => {
  const list = listOf(row, context) ?? [];
  const v = field.value;
  const { i18n } = context;
  return isEmptyCell(v) || (typeof v === "string" && allowedOf(list).has(v.trim().toLowerCase()))
    ? null
    : finding(
        "value-not-in-list",
        "error",
        field,
        i18n.t("finding.value-not-in-list.message", {
          column: label,
          kpi: row.kpi.id,
          value: describeValue(i18n, v),
          list: shownList(row, context, list),
        }),
        { sector: row.sector.id, fix: i18n.t("finding.value-not-in-list.fix") }
      );
};

/** A Yes/No or Milestone KPI with a value outside its list, or a Measure cell that names no measure. */
export const valueNotInList = kpiRule((row, context) => {
  const { sector, kpi } = row;
  const { i18n } = context;
  if (kpi.measure === null) {
    return [
      finding(
        "value-not-in-list",
        "error",
        kpi.measureCell,
        i18n.t("finding.value-not-in-list.message", {
          column: header(context, "measure"),
          kpi: kpi.id,
          value: describeValue(i18n, kpi.measureCell.value),
          list: shownWords(context, "measure"),
        }),
        { sector: sector.id, fix: i18n.t("finding.value-not-in-list.fixMeasure") }
      ),
    ];
  }
  if (kpi.measure === "qualitative") return checkYears(row, context, flagAssessment);
  return listOf(row, context) === null ? NONE : checkValues(row, context, flag);
});

const ASSESSMENT_LABELS = ASSESSMENTS.map((a) => a.label);

/** A qualitative KPI's assessment outside its dropdown (typed, or pasted). */
const flagAssessment = (
  y: KpiYear,
  _previous: KpiYear | undefined,
  row: KpiEntryRow,
  context: RuleContext
): Finding | null => {
  const v = y.assessment.value;
  const { i18n } = context;
  return isEmptyCell(v) ||
    (typeof v === "string" && allowedOf(ASSESSMENT_LABELS).has(v.trim().toLowerCase()))
    ? null
    : finding(
        "value-not-in-list",
        "error",
        y.assessment,
        i18n.t("finding.value-not-in-list.message", {
          column: header(context, "assessment", y.year),
          kpi: row.kpi.id,
          value: describeValue(i18n, v),
          list: shownWords(context, "assessment"),
        }),
        { sector: row.sector.id, fix: i18n.t("finding.value-not-in-list.fixAssessment") }
      );
};

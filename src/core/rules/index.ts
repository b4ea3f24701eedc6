import { amountNotNumber } from "./amount-not-number";
import { envelopeExceeded } from "./envelope-exceeded";
import { expenditureWithoutBudget } from "./expenditure-without-budget";
import { moneyWithoutGoal } from "./money-without-goal";
import { negativeAmount } from "./negative-amount";
import { overSpend } from "./over-spend";
import { sharesAddUp } from "./shares-add-up";
import type { Report } from "../report";
import { actualMissing } from "./actual-missing";
import { actualWithoutTarget } from "./actual-without-target";
import { cumulativeDecrease } from "./cumulative-decrease";
import { duplicateId } from "./duplicate-id";
import { duplicateName } from "./duplicate-name";
import type { Finding } from "../findings";
import { sortFindings } from "./sort-findings";
import { formulaError } from "./formula-error";
import { implausibleJump } from "./implausible-jump";
import { allKpis, KpiCheck, KpiEntryRow, perKpiOf } from "./kpi-cells";
import { linkMark } from "./link-mark";
import { metWithoutEvidence } from "./met-without-evidence";
import { negativeCount } from "./negative-count";
import { noDataWithoutComment } from "./no-data-without-comment";
import { objectiveHasExpectedResult } from "./objective-has-expected-result";
import { objectiveHasGoal } from "./objective-has-goal";
import { objectiveHasKpi } from "./objective-has-kpi";
import { objectiveHasOutput } from "./objective-has-output";
import { outputHasObjective } from "./output-has-objective";
import { percentageOutOfRange } from "./percentage-out-of-range";
import { qualitativeNumber } from "./qualitative-number";
import { referenceExists } from "./reference-exists";
import type { RuleContext, RuleDefinition } from "./rule";
import { statusMismatch } from "./status-mismatch";
import { targetWithoutBaseline } from "./target-without-baseline";
import { targetWrongDirection } from "./target-wrong-direction";
import { valueNotInList } from "./value-not-in-list";
import { valueNotNumber } from "./value-not-number";
import { x2OutputsAgree } from "./x2-outputs-agree";
import { yearOutOfPeriod } from "./year-out-of-period";

export { sortFindings } from "./sort-findings";
export type { Rule, RuleContext, RuleDefinition } from "./rule";

/** Findings the parser makes about the workbook's structure (docs/rules.md lists them with the rules). */
export const STRUCTURE_RULES: readonly Omit<RuleDefinition, "check">[] = [
  {
    id: "sheet-missing",
    severity: "error",
    group: "structure",
    title: "A sheet of the reporting workbook is missing",
  },
  {
    id: "table-missing",
    severity: "error",
    group: "structure",
    title: "A sheet no longer holds its table",
  },
  {
    id: "column-missing",
    severity: "error",
    group: "structure",
    title: "A table lacks a required column (renamed or deleted header)",
  },
  {
    id: "sheet-renamed",
    severity: "info",
    group: "structure",
    title: "A sheet was renamed; its table is still read",
  },
  {
    id: "plan-version",
    severity: "warning",
    group: "structure",
    title: "The workbook was made from another version of its plan file",
  },
  {
    id: "metadata-rebuilt",
    severity: "warning",
    group: "structure",
    title: "The metadata sheet was gone or broken; the workbook was recognised from its tables",
  },
];

/** Every rule, in the order docs/rules.md lists them. */
export const RULES: readonly RuleDefinition[] = [
  {
    id: "value-not-number",
    severity: "error",
    group: "values",
    title: "Text, a date or TRUE/FALSE where a number belongs",
    check: valueNotNumber,
  },
  {
    id: "formula-error",
    severity: "error",
    group: "values",
    title: "A formula error (#DIV/0!, #REF!, ...)",
    check: formulaError,
  },
  {
    id: "percentage-out-of-range",
    severity: "error",
    group: "values",
    title: "A percentage outside 0-100",
    check: percentageOutOfRange,
  },
  {
    id: "negative-count",
    severity: "error",
    group: "values",
    title: "A negative count",
    check: negativeCount,
  },
  {
    id: "value-not-in-list",
    severity: "error",
    group: "values",
    title: "A Yes/No or milestone value outside its list, or an unknown measure",
    check: valueNotInList,
  },
  {
    id: "qualitative-number",
    severity: "warning",
    group: "values",
    title: "A number where a qualitative KPI needs a narrative",
    check: qualitativeNumber,
  },
  {
    id: "actual-without-target",
    severity: "warning",
    group: "values",
    title: "An actual for a year without a target",
    check: actualWithoutTarget,
  },
  {
    id: "target-without-baseline",
    severity: "warning",
    group: "values",
    title: "Targets without a baseline",
    check: targetWithoutBaseline,
  },
  {
    id: "year-out-of-period",
    severity: "error",
    group: "values",
    title: "A year outside the plan period",
    check: yearOutOfPeriod,
  },
  {
    id: "status-mismatch",
    severity: "error",
    group: "targets",
    title: "Status as shown disagrees with the direction-aware percent of target",
    check: statusMismatch,
  },
  {
    id: "target-wrong-direction",
    severity: "warning",
    group: "targets",
    title: "A target that moves the wrong way from the baseline",
    check: targetWrongDirection,
  },
  {
    id: "implausible-jump",
    severity: "warning",
    group: "targets",
    title: "An actual that jumps implausibly from the previous year",
    check: implausibleJump,
  },
  {
    id: "cumulative-decrease",
    severity: "warning",
    group: "targets",
    title: "A running total that falls",
    check: cumulativeDecrease,
  },
  {
    id: "actual-missing",
    severity: "error",
    group: "completeness",
    title: "No actual for the reporting year and no explicit 'No data'",
    check: actualMissing,
  },
  {
    id: "no-data-without-comment",
    severity: "error",
    group: "completeness",
    title: "'No data' without a reason",
    check: noDataWithoutComment,
  },
  {
    id: "met-without-evidence",
    severity: "error",
    group: "completeness",
    title: "A KPI marked Met without evidence or comment",
    check: metWithoutEvidence,
  },
  {
    id: "output-has-objective",
    severity: "error",
    group: "linkage",
    title: "An output linked to no objective",
    check: outputHasObjective,
  },
  {
    id: "objective-has-output",
    severity: "error",
    group: "linkage",
    title: "An objective with no output",
    check: objectiveHasOutput,
  },
  {
    id: "objective-has-expected-result",
    severity: "warning",
    group: "linkage",
    title: "An objective with no expected result",
    check: objectiveHasExpectedResult,
  },
  {
    id: "objective-has-kpi",
    severity: "warning",
    group: "linkage",
    title: "An objective with no KPI",
    check: objectiveHasKpi,
  },
  {
    id: "objective-has-goal",
    severity: "error",
    group: "linkage",
    title: "An objective that contributes to no goal",
    check: objectiveHasGoal,
  },
  {
    id: "reference-exists",
    severity: "error",
    group: "linkage",
    title: "A reference to an objective, output or goal that does not exist",
    check: referenceExists,
  },
  {
    id: "duplicate-id",
    severity: "error",
    group: "linkage",
    title: "A missing or repeated id",
    check: duplicateId,
  },
  {
    id: "duplicate-name",
    severity: "warning",
    group: "linkage",
    title: "A repeated output name or objective text",
    check: duplicateName,
  },
  {
    id: "link-mark",
    severity: "warning",
    group: "linkage",
    title: "A link cell holding something other than X",
    check: linkMark,
  },
  {
    id: "x2-outputs-agree",
    severity: "warning",
    group: "linkage",
    title: "Table X.2's outputs disagree with Table X.1's links",
    check: x2OutputsAgree,
  },
  {
    id: "amount-not-number",
    severity: "error",
    group: "resources",
    title: "Text, a date or TRUE/FALSE in a budget, expenditure or share",
    check: amountNotNumber,
  },
  {
    id: "negative-amount",
    severity: "error",
    group: "resources",
    title: "A negative budget, expenditure or share",
    check: negativeAmount,
  },
  {
    id: "expenditure-without-budget",
    severity: "error",
    group: "resources",
    title: "Expenditure in a year without a budget",
    check: expenditureWithoutBudget,
  },
  {
    id: "over-spend",
    severity: "warning",
    group: "resources",
    title: "Expenditure above budget beyond the plan's tolerance",
    check: overSpend,
  },
  {
    id: "shares-add-up",
    severity: "error",
    group: "resources",
    title: "Shares that do not add up to 100% over the row's links",
    check: sharesAddUp,
  },
  {
    id: "money-without-goal",
    severity: "error",
    group: "resources",
    title: "Money on an output that reaches no objective or goal",
    check: moneyWithoutGoal,
  },
  {
    id: "envelope-exceeded",
    severity: "error",
    group: "resources",
    title: "A sector's budgets for a year above its envelope in the plan file",
    check: envelopeExceeded,
  },
];

/** Runs every rule over a report; findings come back in report order. */
export const runRules = (report: Report, context: RuleContext): Finding[] => {
  // The rules made of a check per KPI row share one pass over the rows (a workbook may have 100,000), the others
  // walk the report themselves. Their findings interleave, but sortFindings orders them completely, keeping
  // each rule's own findings in the order it made them.
  const rowChecks: KpiCheck[] = [];
  const found: Finding[] = [];
  for (const rule of RULES) {
    const perKpi = perKpiOf(rule.check);
    if (perKpi) rowChecks.push(perKpi);
    else for (const f of rule.check(report, context)) found.push(f);
  }
  const rows = allKpis(report);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as KpiEntryRow;
    for (let c = 0; c < rowChecks.length; c++) {
      const findings = (rowChecks[c] as KpiCheck)(row, context);
      for (let i = 0; i < findings.length; i++) found.push(findings[i] as Finding);
    }
  }
  return sortFindings(found, report.meta.sectors);
};

export type { FindingsReport } from "./findings-csv";
export { findingsCsv, FINDINGS_CSV_HEADERS } from "./findings-csv";

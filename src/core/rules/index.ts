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
import { assessmentMissing } from "./assessment-missing";
import { assessmentWithoutNarrative } from "./assessment-without-narrative";
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
import { officerKpiDefined } from "./officer-kpi-defined";
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
    fix: "Restore the sheet from the original workbook.",
  },
  {
    id: "table-missing",
    severity: "error",
    group: "structure",
    title: "A sheet no longer holds its table",
    fix: "Restore the table (or the sheet) from the original workbook; KPI Reporter finds values by table name.",
  },
  {
    id: "column-missing",
    severity: "error",
    group: "structure",
    title: "A table lacks a required column (renamed or deleted header)",
    fix: "Restore the column header exactly as it was; KPI Reporter finds columns by their header text.",
  },
  {
    id: "column-duplicate",
    severity: "error",
    group: "structure",
    title: "A table has a column twice (a copied year column)",
    fix: "Delete the copy, keeping the column that holds the values, so that each header appears once.",
  },
  {
    id: "sheet-renamed",
    severity: "info",
    group: "structure",
    title: "A sheet was renamed; its table is still read",
    fix: "Nothing to do; rename the sheet back if other tools look for it by name.",
  },
  {
    id: "plan-version",
    severity: "warning",
    group: "structure",
    title: "The workbook was made from another version of its plan file",
    fix: "Rebuild the workbook from the current plan file with kpi-report upgrade (every entry is carried).",
  },
  {
    id: "metadata-rebuilt",
    severity: "warning",
    group: "structure",
    title: "The metadata sheet was gone or broken; the workbook was recognised from its tables",
    fix: "Write the metadata back with kpi-report repair, so that other tools find it.",
  },
  {
    id: "metadata-shown",
    severity: "info",
    group: "structure",
    title: "A record sheet (_kpi_meta, _kpi_stamp) is no longer very hidden",
    fix: "Nothing to do: kpi-report submit (or repair, matrix, upgrade) hides it again; another tool showed it.",
  },
];

/** Every rule, in the order docs/rules.md lists them. */
export const RULES: readonly RuleDefinition[] = [
  {
    id: "value-not-number",
    severity: "error",
    group: "values",
    title: "Text, a date or TRUE/FALSE where a number belongs",
    fix: "Type the value as a plain number (85, not '85%' or 'about 85').",
    check: valueNotNumber,
  },
  {
    id: "formula-error",
    severity: "error",
    group: "values",
    title: "A formula error (#DIV/0!, #REF!, ...)",
    fix: "Correct or clear the formula so the cell holds a value.",
    check: formulaError,
  },
  {
    id: "percentage-out-of-range",
    severity: "error",
    group: "values",
    title: "A percentage outside 0-100",
    fix: "Type a percentage from 0 to 100 (85 for 85%).",
    check: percentageOutOfRange,
  },
  {
    id: "negative-count",
    severity: "error",
    group: "values",
    title: "A negative count",
    fix: "Type the count as zero or more.",
    check: negativeCount,
  },
  {
    id: "value-not-in-list",
    severity: "error",
    group: "values",
    title: "A Yes/No, milestone or assessment value outside its list, or an unknown measure",
    fix: "Choose a value from the cell's dropdown.",
    check: valueNotInList,
  },
  {
    id: "qualitative-number",
    severity: "warning",
    group: "values",
    title: "A number where a qualitative KPI needs a narrative",
    fix: "Write a short narrative of what was achieved, and choose the assessment in the year's Assessment column.",
    check: qualitativeNumber,
  },
  {
    id: "actual-without-target",
    severity: "warning",
    group: "values",
    title: "An actual for a year without a target",
    fix: "Enter the year's target, or clear the actual if it belongs to another year.",
    check: actualWithoutTarget,
  },
  {
    id: "target-without-baseline",
    severity: "warning",
    group: "values",
    title: "Targets without a baseline",
    fix: "Enter the baseline year and baseline value the targets are measured from.",
    check: targetWithoutBaseline,
  },
  {
    id: "year-out-of-period",
    severity: "error",
    group: "values",
    title: "A year outside the plan period",
    fix: "Use a year within the plan's period, or remove the column.",
    check: yearOutOfPeriod,
  },
  {
    id: "status-mismatch",
    severity: "error",
    group: "targets",
    title: "Status as shown disagrees with the direction-aware percent of target",
    fix: "Clear the Status cell: it is a formula, and shows the status computed from the values.",
    check: statusMismatch,
  },
  {
    id: "target-wrong-direction",
    severity: "warning",
    group: "targets",
    title: "A target that moves the wrong way from the baseline",
    fix: "Check the target: for this KPI's direction it should improve on the baseline. Correct the target (or the baseline) if it was typed the wrong way.",
    check: targetWrongDirection,
  },
  {
    id: "implausible-jump",
    severity: "warning",
    group: "targets",
    title: "An actual that jumps implausibly from the previous year",
    fix: "Check the actual; if it is right, say why it moved so far in 'Evidence / comment'.",
    check: implausibleJump,
  },
  {
    id: "cumulative-decrease",
    severity: "warning",
    group: "targets",
    title: "A running total that falls",
    fix: "A running total cannot fall: check this year's and the previous year's actual.",
    check: cumulativeDecrease,
  },
  {
    id: "actual-missing",
    severity: "error",
    group: "completeness",
    title: "No actual for the reporting year and no explicit 'No data'",
    fix: "Enter the actual, or choose 'No data' in 'Data note' and say why in 'Evidence / comment'.",
    check: actualMissing,
  },
  {
    id: "no-data-without-comment",
    severity: "error",
    group: "completeness",
    title: "'No data' without a reason",
    fix: "Say in 'Evidence / comment' why there is no data.",
    check: noDataWithoutComment,
  },
  {
    id: "met-without-evidence",
    severity: "error",
    group: "completeness",
    title: "A KPI marked Met without evidence or comment",
    fix: "Give the evidence (a document symbol, a link, a figure's source) in 'Evidence / comment'.",
    check: metWithoutEvidence,
  },
  {
    id: "assessment-without-narrative",
    severity: "error",
    group: "completeness",
    title: "A qualitative KPI assessed for a year without a narrative as evidence",
    fix: "Write in the year's Actual what was achieved, the evidence for the assessment; or clear the assessment.",
    check: assessmentWithoutNarrative,
  },
  {
    id: "assessment-missing",
    severity: "warning",
    group: "completeness",
    title: "A qualitative KPI with a narrative for the reporting year but no assessment",
    fix: "Choose Achieved, Partly achieved or Not achieved in the year's Assessment column.",
    check: assessmentMissing,
  },
  {
    id: "officer-kpi-defined",
    severity: "error",
    group: "linkage",
    title:
      "A KPI row that is neither the plan's nor a KPI of the officers' own with a text and a direction",
    fix: "Number a KPI of your own <sector>.kpi.<objective number>.u<n>, and give it a text, a measure and a direction.",
    check: officerKpiDefined,
  },
  {
    id: "output-has-objective",
    severity: "error",
    group: "linkage",
    title: "An output linked to no objective",
    fix: "Put an X under the objective(s) this output serves on the Outputs sheet.",
    check: outputHasObjective,
  },
  {
    id: "objective-has-output",
    severity: "error",
    group: "linkage",
    title: "An objective with no output",
    fix: "Put an X in this objective's column for each output that serves it on the Outputs sheet.",
    check: objectiveHasOutput,
  },
  {
    id: "objective-has-expected-result",
    severity: "warning",
    group: "linkage",
    title: "An objective with no expected result",
    fix: "Nothing to fill in the workbook: the plan gives this objective no expected result; tell the plan owners if it should have one.",
    check: objectiveHasExpectedResult,
  },
  {
    id: "objective-has-kpi",
    severity: "warning",
    group: "linkage",
    title: "An objective with no KPI",
    fix: "Add a KPI row of your own for this objective on the KPIs sheet (see the Instructions sheet).",
    check: objectiveHasKpi,
  },
  {
    id: "objective-has-goal",
    severity: "error",
    group: "linkage",
    title: "An objective that contributes to no goal",
    fix: "Put an X under each goal of the Union this objective contributes to.",
    check: objectiveHasGoal,
  },
  {
    id: "reference-exists",
    severity: "error",
    group: "linkage",
    title: "A reference to an objective, output or goal that does not exist",
    fix: "Choose an id from the cell's dropdown, or restore it from the original workbook.",
    check: referenceExists,
  },
  {
    id: "duplicate-id",
    severity: "error",
    group: "linkage",
    title: "A missing or repeated id",
    fix: "Give each row its own id; restore the plan's ids from the original workbook.",
    check: duplicateId,
  },
  {
    id: "duplicate-name",
    severity: "warning",
    group: "linkage",
    title: "A repeated output name or objective text",
    fix: "Check whether the two rows are the same; if so, remove one, else make their wording differ.",
    check: duplicateName,
  },
  {
    id: "link-mark",
    severity: "warning",
    group: "linkage",
    title: "A link cell holding something other than X",
    fix: "Type X to link, or clear the cell to unlink.",
    check: linkMark,
  },
  {
    id: "x2-outputs-agree",
    severity: "warning",
    group: "linkage",
    title: "Table X.2's outputs disagree with Table X.1's links",
    fix: "Make the workbook's links and texts the plan's again, or have the plan file updated where the plan changed.",
    check: x2OutputsAgree,
  },
  {
    id: "amount-not-number",
    severity: "error",
    group: "resources",
    title: "Text, a date or TRUE/FALSE in a budget, expenditure or share",
    fix: 'Type the amount as a plain number in the currency\'s units (1200000, not "1.2m" or "CHF 1,200,000"), a share as a number from 0 to 100.',
    check: amountNotNumber,
  },
  {
    id: "negative-amount",
    severity: "error",
    group: "resources",
    title: "A negative budget, expenditure or share",
    fix: "Enter the amount as zero or more: a refund is entered as less expenditure.",
    check: negativeAmount,
  },
  {
    id: "expenditure-without-budget",
    severity: "error",
    group: "resources",
    title: "Expenditure in a year without a budget",
    fix: "Enter the year's approved budget for the output, or move the expenditure to the output whose budget paid for it.",
    check: expenditureWithoutBudget,
  },
  {
    id: "over-spend",
    severity: "warning",
    group: "resources",
    title: "Expenditure above budget beyond the plan's tolerance",
    fix: "Check the budget and the expenditure; if the over-spend is real, explain it in the output's evidence or the report's narrative.",
    check: overSpend,
  },
  {
    id: "shares-add-up",
    severity: "error",
    group: "resources",
    title: "Shares that do not add up to 100% over the row's links",
    fix: "Make the row's shares add up to 100 over the objectives or goals it is linked to, or clear them all to split equally.",
    check: sharesAddUp,
  },
  {
    id: "money-without-goal",
    severity: "error",
    group: "resources",
    title: "Money on an output that reaches no objective or goal",
    fix: "Link the output to its objectives (an X on the Outputs sheet) and those objectives to their goals, or move the money to an output that is linked.",
    check: moneyWithoutGoal,
  },
  {
    id: "envelope-exceeded",
    severity: "error",
    group: "resources",
    title: "A sector's budgets for a year above its envelope in the plan file",
    fix: "Check the outputs' budgets for the year against the sector's envelope in the plan file.",
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
  return sortFindings(withFix(found), report.meta.sectors);
};

const FIXES: ReadonlyMap<string, string> = new Map(
  [...STRUCTURE_RULES, ...RULES].map((rule) => [rule.id, rule.fix])
);

/** Findings with a "what to do": a finding that says none gets its rule's (every rule has one). */
export const withFix = (findings: readonly Finding[]): Finding[] =>
  findings.map((f) => {
    if (f.fix !== undefined) return f;
    const fix = FIXES.get(f.rule);
    return fix === undefined ? f : { ...f, fix };
  });

export type { FindingsReport } from "./findings-csv";
export { findingsCsv, FINDINGS_CSV_HEADERS } from "./findings-csv";

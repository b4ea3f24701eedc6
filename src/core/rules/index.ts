import { amountNotNumber } from "./amount-not-number";
import { envelopeExceeded } from "./envelope-exceeded";
import { expenditureWithoutBudget } from "./expenditure-without-budget";
import { moneyWithoutGoal } from "./money-without-goal";
import { negativeAmount } from "./negative-amount";
import { overSpend } from "./over-spend";
import { sharesAddUp } from "./shares-add-up";
import type { Report } from "../report";
import type { Plan } from "../plan";
import type { Language } from "../format";
import { translatorFor, type Translator } from "../i18n";
import { ruleFix } from "./default-fix";
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
export { ruleFix } from "./default-fix";
export type { Rule, RuleContext, RuleDefinition } from "./rule";

/** Findings the parser makes about the workbook's structure (docs/rules.md lists them with the rules). */
export const STRUCTURE_RULES: readonly Omit<RuleDefinition, "check">[] = [
  {
    id: "sheet-missing",
    severity: "error",
    group: "structure",
    title: "A sheet of the reporting workbook is missing",
    fix: ruleFix("sheet-missing"),
  },
  {
    id: "table-missing",
    severity: "error",
    group: "structure",
    title: "A sheet no longer holds its table",
    fix: ruleFix("table-missing"),
  },
  {
    id: "column-missing",
    severity: "error",
    group: "structure",
    title: "A table lacks a required column (renamed or deleted header)",
    fix: ruleFix("column-missing"),
  },
  {
    id: "column-duplicate",
    severity: "error",
    group: "structure",
    title: "A table has a column twice (a copied year column)",
    fix: ruleFix("column-duplicate"),
  },
  {
    id: "sheet-renamed",
    severity: "info",
    group: "structure",
    title: "A sheet was renamed; its table is still read",
    fix: ruleFix("sheet-renamed"),
  },
  {
    id: "plan-version",
    severity: "warning",
    group: "structure",
    title: "The workbook was made from another version of its plan file",
    fix: ruleFix("plan-version"),
  },
  {
    id: "metadata-rebuilt",
    severity: "warning",
    group: "structure",
    title: "The metadata sheet was gone or broken; the workbook was recognised from its tables",
    fix: ruleFix("metadata-rebuilt"),
  },
  {
    id: "metadata-shown",
    severity: "info",
    group: "structure",
    title: "A record sheet (_kpi_meta, _kpi_stamp) is no longer very hidden",
    fix: ruleFix("metadata-shown"),
  },
];

/** Every rule, in the order docs/rules.md lists them. */
export const RULES: readonly RuleDefinition[] = [
  {
    id: "value-not-number",
    severity: "error",
    group: "values",
    title: "Text, a date or TRUE/FALSE where a number belongs",
    fix: ruleFix("value-not-number"),
    check: valueNotNumber,
  },
  {
    id: "formula-error",
    severity: "error",
    group: "values",
    title: "A formula error (#DIV/0!, #REF!, ...)",
    fix: ruleFix("formula-error"),
    check: formulaError,
  },
  {
    id: "percentage-out-of-range",
    severity: "error",
    group: "values",
    title: "A percentage outside 0-100",
    fix: ruleFix("percentage-out-of-range"),
    check: percentageOutOfRange,
  },
  {
    id: "negative-count",
    severity: "error",
    group: "values",
    title: "A negative count",
    fix: ruleFix("negative-count"),
    check: negativeCount,
  },
  {
    id: "value-not-in-list",
    severity: "error",
    group: "values",
    title: "A Yes/No, milestone or assessment value outside its list, or an unknown measure",
    fix: ruleFix("value-not-in-list"),
    check: valueNotInList,
  },
  {
    id: "qualitative-number",
    severity: "warning",
    group: "values",
    title: "A number where a qualitative KPI needs a narrative",
    fix: ruleFix("qualitative-number"),
    check: qualitativeNumber,
  },
  {
    id: "actual-without-target",
    severity: "warning",
    group: "values",
    title: "An actual for a year without a target",
    fix: ruleFix("actual-without-target"),
    check: actualWithoutTarget,
  },
  {
    id: "target-without-baseline",
    severity: "warning",
    group: "values",
    title: "Targets without a baseline",
    fix: ruleFix("target-without-baseline"),
    check: targetWithoutBaseline,
  },
  {
    id: "year-out-of-period",
    severity: "error",
    group: "values",
    title: "A year outside the plan period",
    fix: ruleFix("year-out-of-period"),
    check: yearOutOfPeriod,
  },
  {
    id: "status-mismatch",
    severity: "error",
    group: "targets",
    title: "Status as shown disagrees with the direction-aware percent of target",
    fix: ruleFix("status-mismatch"),
    check: statusMismatch,
  },
  {
    id: "target-wrong-direction",
    severity: "warning",
    group: "targets",
    title: "A target that moves the wrong way from the baseline",
    fix: ruleFix("target-wrong-direction"),
    check: targetWrongDirection,
  },
  {
    id: "implausible-jump",
    severity: "warning",
    group: "targets",
    title: "An actual that jumps implausibly from the previous year",
    fix: ruleFix("implausible-jump"),
    check: implausibleJump,
  },
  {
    id: "cumulative-decrease",
    severity: "warning",
    group: "targets",
    title: "A running total that falls",
    fix: ruleFix("cumulative-decrease"),
    check: cumulativeDecrease,
  },
  {
    id: "actual-missing",
    severity: "error",
    group: "completeness",
    title: "No actual for the reporting year and no explicit 'No data'",
    fix: ruleFix("actual-missing"),
    check: actualMissing,
  },
  {
    id: "no-data-without-comment",
    severity: "error",
    group: "completeness",
    title: "'No data' without a reason",
    fix: ruleFix("no-data-without-comment"),
    check: noDataWithoutComment,
  },
  {
    id: "met-without-evidence",
    severity: "error",
    group: "completeness",
    title: "A KPI marked Met without evidence or comment",
    fix: ruleFix("met-without-evidence"),
    check: metWithoutEvidence,
  },
  {
    id: "assessment-without-narrative",
    severity: "error",
    group: "completeness",
    title: "A qualitative KPI assessed for a year without a narrative as evidence",
    fix: ruleFix("assessment-without-narrative"),
    check: assessmentWithoutNarrative,
  },
  {
    id: "assessment-missing",
    severity: "warning",
    group: "completeness",
    title: "A qualitative KPI with a narrative for the reporting year but no assessment",
    fix: ruleFix("assessment-missing"),
    check: assessmentMissing,
  },
  {
    id: "officer-kpi-defined",
    severity: "error",
    group: "linkage",
    title:
      "A KPI row that is neither the plan's nor a KPI of the officers' own with a text and a direction",
    fix: ruleFix("officer-kpi-defined"),
    check: officerKpiDefined,
  },
  {
    id: "output-has-objective",
    severity: "error",
    group: "linkage",
    title: "An output linked to no objective",
    fix: ruleFix("output-has-objective"),
    check: outputHasObjective,
  },
  {
    id: "objective-has-output",
    severity: "error",
    group: "linkage",
    title: "An objective with no output",
    fix: ruleFix("objective-has-output"),
    check: objectiveHasOutput,
  },
  {
    id: "objective-has-expected-result",
    severity: "warning",
    group: "linkage",
    title: "An objective with no expected result",
    fix: ruleFix("objective-has-expected-result"),
    check: objectiveHasExpectedResult,
  },
  {
    id: "objective-has-kpi",
    severity: "warning",
    group: "linkage",
    title: "An objective with no KPI",
    fix: ruleFix("objective-has-kpi"),
    check: objectiveHasKpi,
  },
  {
    id: "objective-has-goal",
    severity: "error",
    group: "linkage",
    title: "An objective that contributes to no goal",
    fix: ruleFix("objective-has-goal"),
    check: objectiveHasGoal,
  },
  {
    id: "reference-exists",
    severity: "error",
    group: "linkage",
    title: "A reference to an objective, output or goal that does not exist",
    fix: ruleFix("reference-exists"),
    check: referenceExists,
  },
  {
    id: "duplicate-id",
    severity: "error",
    group: "linkage",
    title: "A missing or repeated id",
    fix: ruleFix("duplicate-id"),
    check: duplicateId,
  },
  {
    id: "duplicate-name",
    severity: "warning",
    group: "linkage",
    title: "A repeated output name or objective text",
    fix: ruleFix("duplicate-name"),
    check: duplicateName,
  },
  {
    id: "link-mark",
    severity: "warning",
    group: "linkage",
    title: "A link cell holding something other than X",
    fix: ruleFix("link-mark"),
    check: linkMark,
  },
  {
    id: "x2-outputs-agree",
    severity: "warning",
    group: "linkage",
    title: "Table X.2's outputs disagree with Table X.1's links",
    fix: ruleFix("x2-outputs-agree"),
    check: x2OutputsAgree,
  },
  {
    id: "amount-not-number",
    severity: "error",
    group: "resources",
    title: "Text, a date or TRUE/FALSE in a budget, expenditure or share",
    fix: ruleFix("amount-not-number"),
    check: amountNotNumber,
  },
  {
    id: "negative-amount",
    severity: "error",
    group: "resources",
    title: "A negative budget, expenditure or share",
    fix: ruleFix("negative-amount"),
    check: negativeAmount,
  },
  {
    id: "expenditure-without-budget",
    severity: "error",
    group: "resources",
    title: "Expenditure in a year without a budget",
    fix: ruleFix("expenditure-without-budget"),
    check: expenditureWithoutBudget,
  },
  {
    id: "over-spend",
    severity: "warning",
    group: "resources",
    title: "Expenditure above budget beyond the plan's tolerance",
    fix: ruleFix("over-spend"),
    check: overSpend,
  },
  {
    id: "shares-add-up",
    severity: "error",
    group: "resources",
    title: "Shares that do not add up to 100% over the row's links",
    fix: ruleFix("shares-add-up"),
    check: sharesAddUp,
  },
  {
    id: "money-without-goal",
    severity: "error",
    group: "resources",
    title: "Money on an output that reaches no objective or goal",
    fix: ruleFix("money-without-goal"),
    check: moneyWithoutGoal,
  },
  {
    id: "envelope-exceeded",
    severity: "error",
    group: "resources",
    title: "A sector's budgets for a year above its envelope in the plan file",
    fix: ruleFix("envelope-exceeded"),
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
  return sortFindings(withFix(found, context.i18n, context.language), report.meta.sectors);
};

const RULE_IDS: ReadonlySet<string> = new Set(
  [...STRUCTURE_RULES, ...RULES].map((rule) => rule.id)
);

/**
 * Findings with a "what to do": a finding that says none gets its rule's (every rule has one), in the language
 * of `i18n` and quoting the words of a workbook in `language`.
 */
export const withFix = (
  findings: readonly Finding[],
  i18n: Translator = translatorFor("en"),
  language: Language = "en"
): Finding[] => {
  const fixes = new Map<string, string>();
  return findings.map((f) => {
    if (f.fix !== undefined || !RULE_IDS.has(f.rule)) return f;
    let fix = fixes.get(f.rule);
    if (fix === undefined) {
      fix = ruleFix(f.rule, i18n, language);
      fixes.set(f.rule, fix);
    }
    return { ...f, fix };
  });
};

/**
 * The context the rules run in for a report: its plan and reporting year, the words of the language asked for
 * (English unless given) and the workbook's own language, whose headers and dropdown words the findings quote.
 */
export const ruleContext = (
  report: Report,
  plan: Plan,
  i18n: Translator = translatorFor("en")
): RuleContext => ({
  plan,
  period: report.meta.period,
  i18n,
  language: report.meta.language ?? "en",
});

export type { FindingsReport } from "./findings-csv";
export { findingsCsv, findingsCsvHeaders, FINDINGS_CSV_HEADERS } from "./findings-csv";

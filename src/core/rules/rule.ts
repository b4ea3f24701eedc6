import type { Plan } from "../plan";
import type { Report } from "../report";
import type { Finding, Severity } from "../findings";
import type { Language } from "../format";
import type { Translator } from "../i18n";

/**
 * What a rule may know besides the report: the plan's thresholds, the reporting year, the words its findings are
 * written in (`i18n`, the language asked for) and the workbook's own language, whose header texts and dropdown
 * words a message quotes so that an officer finds them on the sheet.
 */
export interface RuleContext {
  readonly plan: Plan;
  readonly period: number;
  readonly i18n: Translator;
  readonly language: Language;
}

/** A rule is pure: the report in, its findings out. It never knows where the cells came from. */
export type Rule = (report: Report, context: RuleContext) => Finding[];

/** A rule as registered: its id, its severity, what it checks (for docs/rules.md and --list-rules) and the check. */
export interface RuleDefinition {
  readonly id: string;
  readonly severity: Severity;
  readonly group: "structure" | "values" | "targets" | "completeness" | "linkage" | "resources";
  readonly title: string;
  /**
   * What an officer does about a finding of this rule, where the finding does not say more precisely: the English
   * text of its catalog message `finding.<id>.fix`, which withFix gives a finding in the language asked for.
   */
  readonly fix: string;
  readonly check: Rule;
}

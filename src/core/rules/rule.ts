import type { Plan } from "../plan";
import type { Report } from "../report";
import type { Finding, Severity } from "../findings";

/** What a rule may know besides the report: the plan's thresholds and the reporting year. */
export interface RuleContext {
  readonly plan: Plan;
  readonly period: number;
}

/** A rule is pure: the report in, its findings out. It never knows where the cells came from. */
export type Rule = (report: Report, context: RuleContext) => Finding[];

/** A rule as registered: its id, its severity, what it checks (for docs/rules.md and --list-rules) and the check. */
export interface RuleDefinition {
  readonly id: string;
  readonly severity: Severity;
  readonly group: "structure" | "values" | "targets" | "completeness" | "linkage" | "resources";
  readonly title: string;
  /** What an officer does about a finding of this rule, where the finding does not say more precisely. */
  readonly fix: string;
  readonly check: Rule;
}

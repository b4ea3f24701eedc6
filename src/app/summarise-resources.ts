import type { Message } from "../core/i18n";
import { FindingSummary, Severity, summarize } from "../core/findings";
import type { PlanFinder } from "../core/plan";
import {
  addMoney,
  executionRate,
  Money,
  moneyIn,
  NO_MONEY,
  RolledUpLine,
  rollUpResources,
} from "../core/resources";
import { ok, Result } from "../core/result";
import { RULES } from "../core/rules";
import { checkReport } from "./check-report";
import { openReport } from "./open-report";
import type { WorkbookPort } from "./workbook-port";

/** One line of the summary: a goal or a sector, its money in the reporting year and its execution rate. */
export interface ResourceFigures {
  readonly id: string;
  readonly label: string;
  readonly money: Money;
  /** Expenditure over budget (1 = all spent), null without a positive budget. */
  readonly rate: number | null;
}

/** A total over the lines of a summary. */
export type ResourceTotal = Pick<ResourceFigures, "money" | "rate">;

/** What the resources rules found, each rule with its count, in the order docs/rules.md lists them. */
export interface ResourceFindings extends FindingSummary {
  readonly byRule: readonly {
    readonly rule: string;
    readonly title: string;
    readonly severity: Severity;
    readonly count: number;
  }[];
}

/** The resources of a reporting workbook in its reporting year, by goal and by sector, as the pane shows them. */
export interface ResourcesSummary {
  readonly planId: string;
  readonly period: number;
  /** The plan's currency (CHF), null where the plan declares none. */
  readonly currency: string | null;
  /** False for a workbook made before resources: it has no Resources tables, and every figure is 0. */
  readonly hasResources: boolean;
  readonly goals: readonly ResourceFigures[];
  readonly sectors: readonly ResourceFigures[];
  /** The money that reaches a goal: the goals' total. */
  readonly allGoals: ResourceTotal;
  /** Every output's money: the sectors' total (more than the goals' where money reaches no goal). */
  readonly allSectors: ResourceTotal;
  readonly findings: ResourceFindings;
}

const RESOURCE_RULES = RULES.filter((r) => r.group === "resources");

const figures = (id: string, label: string, money: Money): ResourceFigures => ({
  id,
  label,
  money,
  rate: executionRate(money),
});

const total = (lines: readonly ResourceFigures[]): ResourceTotal => {
  const money = lines.reduce((sum, line) => addMoney(sum, line.money), NO_MONEY);
  return { money, rate: executionRate(money) };
};

/**
 * Reads a reporting workbook and sums up its resources for the reporting year: budget, expenditure and execution
 * per goal and per sector (the roll-up of src/core/resources, the figures of the `Resources by Goal` and
 * `Resources by Sector` sheets), with the findings of validation's resources rules. Changes nothing; fails, with
 * one sentence, when the workbook is no reporting workbook.
 */
export const summariseResources = async (
  port: WorkbookPort,
  findPlan: PlanFinder
): Promise<Result<ResourcesSummary, Message>> => {
  const opened = await openReport(port, findPlan);
  if (!opened.ok) return opened;
  const { report, plan } = opened.value;
  const period = report.meta.period;
  const rollup = rollUpResources(report, plan);
  const line = (l: RolledUpLine, label: string): ResourceFigures =>
    figures(l.id, label, moneyIn(rollup, l, period));
  const goals = rollup.goals.map((g) => line(g, g.label));
  const sectors = rollup.sectors.map((s) => line(s, s.id));
  const found = checkReport(opened.value).findings.filter((f) =>
    RESOURCE_RULES.some((r) => r.id === f.rule)
  );
  return ok({
    planId: plan.id,
    period,
    currency: rollup.currency,
    hasResources: report.sectors.some((s) => Boolean(s.outputResources)),
    goals,
    sectors,
    allGoals: total(goals),
    allSectors: total(sectors),
    findings: {
      ...summarize(found),
      byRule: RESOURCE_RULES.map((r) => ({
        rule: r.id,
        title: r.title,
        severity: r.severity,
        count: found.filter((f) => f.rule === r.id).length,
      })).filter((r) => r.count > 0),
    },
  });
};

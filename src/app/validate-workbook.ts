import { buildFindingsSheet, cellMarks } from "../core/layout";
import { Plan } from "../core/plan";
import { parseReport } from "../core/report";
import { Finding, FindingSummary, runRules, sortFindings, summarize, withFix } from "../core/rules";
import { fail, ok, Result } from "../core/result";
import type { WorkbookPort } from "./workbook-port";

export interface ValidationOutcome {
  readonly planId: string;
  readonly period: number;
  readonly sectors: readonly string[];
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
}

/**
 * Checks a reporting workbook: reads it, parses it against its plan, runs every rule, and (with `mark`)
 * writes the findings sheet and highlights. Fails, with one sentence, when the file is no reporting workbook.
 */
export const validateWorkbook = async (
  port: WorkbookPort,
  findPlan: (id: string) => Plan | undefined,
  options: { readonly mark: boolean; readonly now: Date }
): Promise<Result<ValidationOutcome, string>> => {
  const parsed = parseReport(await port.readSnapshot(), findPlan);
  if (!parsed.ok) return fail([parsed.message]);
  const { report, plan } = parsed;
  const findings = sortFindings(
    withFix([...parsed.findings, ...runRules(report, { plan, period: report.meta.period })]),
    report.meta.sectors
  );
  const summary = summarize(findings);
  if (options.mark)
    await port.markFindings(
      buildFindingsSheet(findings, summary, options.now.toISOString()),
      cellMarks(findings)
    );
  return ok({
    planId: plan.id,
    period: report.meta.period,
    sectors: report.meta.sectors,
    findings,
    summary,
  });
};

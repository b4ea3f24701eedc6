import type { Plan } from "../core/plan";
import { parseReport } from "../core/report";
import { runRules, sortFindings, summarize, withFix } from "../core/rules";
import { fail, ok, Result } from "../core/result";
import { buildStampSheets, canonicalCells, makeStamp, SubmissionStamp } from "../core/submission";
import type { ValidationOutcome } from "./validate-workbook";
import type { WorkbookPort } from "./workbook-port";

/** What submit did: stamped and wrote the copy, or refused because validation found errors (nothing written). */
export type SubmitOutcome =
  | {
      readonly submitted: true;
      readonly stamp: SubmissionStamp;
      readonly validation: ValidationOutcome;
    }
  | { readonly submitted: false; readonly validation: ValidationOutcome };

/**
 * Validates a workbook and, when it has no errors, writes the stamped copy: the workbook as it is plus the
 * Submission and _kpi_stamp sheets (through `target.replaceSheets`, so every value and format stays as it was).
 * `target` must be the copy of `source` (for files: the same file, saving to the output path).
 */
export const submitWorkbook = async (
  source: WorkbookPort,
  target: WorkbookPort,
  findPlan: (id: string) => Plan | undefined,
  options: { readonly preparer: string; readonly now: Date; readonly generator: string }
): Promise<Result<SubmitOutcome, string>> => {
  const parsed = parseReport(await source.readSnapshot(), findPlan);
  if (!parsed.ok) return fail([parsed.message]);
  const { report, plan } = parsed;
  const findings = sortFindings(
    withFix([...parsed.findings, ...runRules(report, { plan, period: report.meta.period })]),
    report.meta.sectors
  );
  const validation: ValidationOutcome = {
    planId: plan.id,
    period: report.meta.period,
    sectors: report.meta.sectors,
    findings,
    summary: summarize(findings),
  };
  if (validation.summary.errors > 0) return ok({ submitted: false, validation });
  const cells = canonicalCells(report);
  const stamp = makeStamp(report, cells, {
    preparer: options.preparer,
    stampedAt: options.now.toISOString(),
    generator: options.generator,
    summary: validation.summary,
  });
  await target.replaceSheets(buildStampSheets(stamp, cells));
  return ok({ submitted: true, stamp, validation });
};

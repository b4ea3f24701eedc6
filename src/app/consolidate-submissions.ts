import type { Language } from "../core/format";
import { message, render, translatorFor, type Message } from "../core/i18n";
import type { Plan, PlanFinder } from "../core/plan";
import { fail, ok, Result } from "../core/result";
import {
  buildConsolidatedWorkbook,
  chooseSubmissions,
  Consolidation,
  ConsolidationOptions,
  ConsolidationProblem,
  readStamp,
  SubmissionFile,
  SubmissionStamp,
  verifyStamp,
} from "../core/submission";
import { openReport } from "./open-report";
import type { WorkbookPort } from "./workbook-port";

/** Why consolidation did not happen: a file that is no reporting workbook, or a refusal (mixed plans, ...). */
export type ConsolidateProblem =
  | ConsolidationProblem
  | { readonly kind: "unusable"; readonly message: string; readonly said: Message };

/** What was consolidated, and the consolidated workbook's own stamp. */
export type ConsolidateOutcome = Consolidation & { readonly stamp: SubmissionStamp };

/** A submission to consolidate: its name for messages and the port it is read through. */
export interface SubmissionSource {
  readonly name: string;
  readonly port: WorkbookPort;
}

/**
 * Merges sector submissions of one plan and reporting year into one all-sector workbook, written through
 * `target`: reads and verifies each, chooses each sector's source (chooseSubmissions), builds the workbook
 * (buildConsolidatedWorkbook). Writes nothing when it refuses.
 */
export const consolidateSubmissions = async (
  sources: readonly SubmissionSource[],
  target: WorkbookPort,
  findPlan: PlanFinder,
  options: ConsolidationOptions & {
    readonly now: Date;
    readonly generator: string;
    /** Who consolidates, recorded in the consolidated workbook's own stamp. */
    readonly preparer: string;
    /**
     * The language of the consolidated workbook's words; by default the submissions' own where they all have
     * one, else English.
     */
    readonly language?: Language;
  }
): Promise<Result<ConsolidateOutcome, ConsolidateProblem>> => {
  const files: SubmissionFile[] = [];
  const unusable: ConsolidateProblem[] = [];
  let plan: Plan | undefined;
  for (const source of sources) {
    const opened = await openReport(source.port, findPlan);
    if (!opened.ok) {
      const said = message("error.inFile", {
        file: source.name,
        reason: opened.errors.reduce((first, next) => message("error.andAlso", { first, next })),
      });
      unusable.push({ kind: "unusable", message: render(translatorFor("en"), said), said });
      continue;
    }
    const parsed = opened.value;
    plan ??= parsed.plan;
    const stamped = readStamp(parsed.snapshot);
    files.push(
      stamped.ok
        ? {
            file: source.name,
            report: parsed.report,
            verification: await verifyStamp(parsed.snapshot, parsed.report.meta, stamped.value),
          }
        : {
            file: source.name,
            report: parsed.report,
            verification: null,
            stampProblem: stamped.errors.reduce((first, next) =>
              message("error.andAlso", { first, next })
            ),
          }
    );
  }
  if (unusable.length > 0 || !plan) return fail(unusable);
  const chosen = chooseSubmissions(plan, files, options);
  if (!chosen.ok) return chosen;
  const languages = new Set(chosen.value.chosen.map((c) => c.source.report.meta.language ?? "en"));
  const { workbook, stamp } = await buildConsolidatedWorkbook(plan, chosen.value, {
    createdAt: options.now.toISOString(),
    generator: options.generator,
    preparer: options.preparer,
    language: options.language ?? (languages.size === 1 ? [...languages][0] : undefined) ?? "en",
  });
  await target.writeWorkbook(workbook);
  return ok({ ...chosen.value, stamp });
};

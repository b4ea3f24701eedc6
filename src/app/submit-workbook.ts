import type { PlanFinder } from "../core/plan";
import { shownMetadataSheets } from "../core/report";
import { fail, ok, Result } from "../core/result";
import {
  buildStampSheets,
  canonicalCells,
  canonicalText,
  makeStamp,
  SubmissionStamp,
  SUBMISSION_TABLE,
  textHash,
} from "../core/submission";
import type { Language } from "../core/format";
import { checkReport, ValidationOutcome } from "./check-report";
import { openReport } from "./open-report";
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
 * Validates a workbook (the same pipeline as validate) and, when it has no errors, writes the stamped copy: the
 * workbook as it is plus the Submission and _kpi_stamp sheets (through `target.replaceSheets`, so every value and
 * format stays as it was). `target` must be the copy of `source` (for files: the same file, saving to the output
 * path). A stamp names who submitted: a preparer that is empty once trimmed is refused, and nothing is written.
 */
export const submitWorkbook = async (
  source: WorkbookPort,
  target: WorkbookPort,
  findPlan: PlanFinder,
  options: {
    readonly preparer: string;
    readonly now: Date;
    readonly generator: string;
    /** The language of the Submission sheet's words; the workbook's own by default. */
    readonly language?: Language;
  }
): Promise<Result<SubmitOutcome, string>> => {
  if (options.preparer.trim() === "")
    return fail(["a submission names who prepared it: give the preparer's name"]);
  const opened = await openReport(source, findPlan);
  if (!opened.ok) return opened;
  const validation = checkReport(opened.value);
  if (validation.summary.errors > 0) return ok({ submitted: false, validation });
  const { report, snapshot } = opened.value;
  const cells = canonicalCells(snapshot, report.meta);
  const text = canonicalText(cells);
  const stamp = makeStamp(
    report.meta,
    { cells: cells.length, hash: await textHash(text) },
    {
      preparer: options.preparer.trim(),
      stampedAt: options.now.toISOString(),
      generator: options.generator,
      summary: validation.summary,
    }
  );
  // A stamp sheet already there (a workbook stamped before) is replaced under its own name, whatever its language.
  const stampedBefore = snapshot.tables.find((t) => t.name === SUBMISSION_TABLE)?.sheet;
  const language = options.language ?? report.meta.language ?? "en";
  await target.replaceSheets(buildStampSheets(stamp, text, language, stampedBefore), {
    veryHidden: shownMetadataSheets(snapshot),
  });
  return ok({ submitted: true, stamp, validation });
};

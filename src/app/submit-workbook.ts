import { message, type Message } from "../core/i18n";
import type { PlanFinder } from "../core/plan";
import { ChooseTranslator, shownMetadataSheets } from "../core/report";
import { fail, ok, Result } from "../core/result";
import {
  buildStampSheets,
  canonicalContent,
  makeStamp,
  SubmissionStamp,
  SUBMISSION_TABLE,
  digestSha256,
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
    /** The findings' language, once the workbook's own is known (the workbook's own by default). */
    readonly translator?: ChooseTranslator;
  }
): Promise<Result<SubmitOutcome, Message>> => {
  if (options.preparer.trim() === "") return fail([message("error.submit.noPreparer")]);
  const opened = await openReport(
    source,
    findPlan,
    options.translator ? { translator: options.translator } : {}
  );
  if (!opened.ok) return opened;
  const validation = checkReport(opened.value);
  if (validation.summary.errors > 0) return ok({ submitted: false, validation });
  const { report, snapshot } = opened.value;
  // The canonical text built from the table rows as read, without one object per cell.
  const { text, bytes, cells } = canonicalContent(snapshot, report.meta);
  const stamp = makeStamp(
    report.meta,
    { cells, hash: await digestSha256(bytes) },
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

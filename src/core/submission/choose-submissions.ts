import { fileName } from "./file-name";
import { message, render, translatorFor, type Message, type MessageArg } from "../i18n";
import type { MessageKey } from "../i18n";
import type { Plan } from "../plan";
import type { Report, SectorReport } from "../report";
import { fail, ok, Result } from "../result";
import type { Verification } from "./verify-stamp";

/** A submission as read for consolidation: its report, and its stamp's verification (null: no stamp). */
export interface SubmissionFile {
  /** The file's name as messages show it. */
  readonly file: string;
  readonly report: Report;
  readonly verification: Verification | null;
  /** Why the stamp could not be read, where there is one but it is damaged. */
  readonly stampProblem?: Message;
}

/** How far a sector's submission can be trusted: stamped and unchanged, not stamped, or changed after stamping. */
export type Trust = "verified" | "unverified" | "changed";

export interface ChosenSector {
  readonly sector: SectorReport;
  readonly source: SubmissionFile;
  readonly trust: Trust;
}

/** What goes into the consolidated workbook, sector by sector in plan order, and what was left out and why. */
export interface Consolidation {
  readonly planId: string;
  readonly period: number;
  readonly chosen: readonly ChosenSector[];
  readonly skipped: readonly {
    readonly file: string;
    readonly sector: string;
    readonly reason: string;
    /** The same reason as a keyed message. */
    readonly why: Message;
    /** The submission kept instead, stamped later: its file and when it was stamped. */
    readonly keptInstead: { readonly file: string; readonly stampedAt: string };
  }[];
}

export interface ConsolidationOptions {
  /** Where two files hold one sector, keep the one stamped last instead of refusing. */
  readonly preferNewer: boolean;
  /** Include unstamped or changed files, marked as such, instead of refusing them. */
  readonly allowUnverified: boolean;
}

/** Why consolidation was refused; `kind` lets a front end say which option would allow it. */
export interface ConsolidationProblem {
  readonly kind: "plan" | "period" | "unverified" | "duplicate";
  /** The English sentence. */
  readonly message: string;
  /** The same sentence as a keyed message, naming the submission files through placeholders. */
  readonly said: Message;
}

/** A problem of this kind, from its keyed message. */
const problem = (
  kind: ConsolidationProblem["kind"],
  key: MessageKey,
  values: Readonly<Record<string, MessageArg>> = {}
): ConsolidationProblem => {
  const said = message(key, values);
  return { kind, message: render(translatorFor("en"), said), said };
};

/** Files named one after another: "a.xlsx and b.xlsx". */
const fileList = (files: readonly string[]): MessageArg =>
  files
    .map((f): MessageArg => f)
    .reduce((first, next) => message("error.consolidate.and", { first, next }));

/** The trust of one file. */
export const trustOf = (f: SubmissionFile): Trust =>
  f.verification === null ? "unverified" : f.verification.unchanged ? "verified" : "changed";

const trustReason = (f: SubmissionFile): Message =>
  f.verification === null
    ? (f.stampProblem ?? message("error.consolidate.noStamp"))
    : message("error.consolidate.changed", {
        count: f.verification.changes.length,
        cells: String(f.verification.changes.length),
        command: "kpi-report verify",
      });

/**
 * Decides which file each sector comes from: all files of one plan and one reporting year, each sector from
 * one file (or the one stamped last, with preferNewer), and only verified files unless allowUnverified.
 */
export const chooseSubmissions = (
  plan: Plan,
  files: readonly SubmissionFile[],
  options: ConsolidationOptions
): Result<Consolidation, ConsolidationProblem> => {
  const problems: ConsolidationProblem[] = [];
  const [first] = files;
  if (!first) return fail([problem("plan", "error.consolidate.none")]);
  for (const f of files) {
    if (f.report.meta.planId !== plan.id)
      problems.push(
        problem("plan", "error.consolidate.otherPlan", {
          file: f.file,
          plan: f.report.meta.planId,
          first: first.file,
          expected: plan.id,
        })
      );
    else if (f.report.meta.period !== first.report.meta.period)
      problems.push(
        problem("period", "error.consolidate.otherPeriod", {
          file: f.file,
          period: String(f.report.meta.period),
          first: first.file,
          firstPeriod: String(first.report.meta.period),
        })
      );
  }
  if (problems.length > 0) return fail(problems);
  if (!options.allowUnverified)
    for (const f of files)
      if (trustOf(f) !== "verified")
        problems.push(
          problem("unverified", "error.inFile", { file: f.file, reason: trustReason(f) })
        );

  const stampedAt = (f: SubmissionFile): string => f.verification?.stamp.stampedAt ?? "";
  const chosen: ChosenSector[] = [];
  const skipped: Consolidation["skipped"][number][] = [];
  for (const sector of plan.sectors) {
    const holders = files.flatMap((f) => {
      const s = f.report.sectors.find((r) => r.id === sector.id);
      return s ? [{ f, s }] : [];
    });
    if (holders.length === 0) continue;
    if (holders.length > 1 && !options.preferNewer) {
      problems.push(
        problem("duplicate", "error.consolidate.duplicate", {
          sector: sector.id,
          files: fileList(holders.map((h) => h.f.file)),
        })
      );
      continue;
    }
    const sorted = [...holders].sort((a, b) =>
      stampedAt(a.f) < stampedAt(b.f) ? 1 : stampedAt(a.f) > stampedAt(b.f) ? -1 : 0
    );
    const [newest, second] = sorted;
    if (!newest) continue;
    if (second && stampedAt(second.f) === stampedAt(newest.f)) {
      problems.push(
        problem("duplicate", "error.consolidate.sameTime", {
          sector: sector.id,
          files: fileList(holders.map((h) => h.f.file)),
          stampedAt: stampedAt(newest.f) || message("error.consolidate.notStamped"),
        })
      );
      continue;
    }
    chosen.push({ sector: newest.s, source: newest.f, trust: trustOf(newest.f) });
    for (const older of sorted.slice(1)) {
      const why = message("error.consolidate.stampedLater", {
        file: fileName(newest.f.file),
        stampedAt: stampedAt(newest.f),
      });
      skipped.push({
        file: older.f.file,
        sector: sector.id,
        reason: render(translatorFor("en"), why),
        why,
        keptInstead: { file: fileName(newest.f.file), stampedAt: stampedAt(newest.f) },
      });
    }
  }
  if (problems.length > 0) return fail(problems);
  return ok({ planId: plan.id, period: first.report.meta.period, chosen, skipped });
};

import { fileName } from "./file-name";
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
  readonly stampProblem?: string;
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
  readonly message: string;
}

/** The trust of one file. */
export const trustOf = (f: SubmissionFile): Trust =>
  f.verification === null ? "unverified" : f.verification.unchanged ? "verified" : "changed";

const trustReason = (f: SubmissionFile): string =>
  f.verification === null
    ? (f.stampProblem ?? "has no submission stamp")
    : `changed since it was stamped (${f.verification.changes.length} cell${f.verification.changes.length === 1 ? "" : "s"}; kpi-report verify names them)`;

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
  if (!first) return fail([{ kind: "plan", message: "no submissions to consolidate" }]);
  for (const f of files) {
    if (f.report.meta.planId !== plan.id)
      problems.push({
        kind: "plan",
        message: `${f.file}: is a submission for plan ${f.report.meta.planId}, but ${first.file} is for plan ${plan.id}; consolidate submissions of one plan`,
      });
    else if (f.report.meta.period !== first.report.meta.period)
      problems.push({
        kind: "period",
        message: `${f.file}: reports on ${f.report.meta.period}, but ${first.file} on ${first.report.meta.period}; consolidate submissions of one reporting year`,
      });
  }
  if (problems.length > 0) return fail(problems);
  if (!options.allowUnverified)
    for (const f of files)
      if (trustOf(f) !== "verified")
        problems.push({ kind: "unverified", message: `${f.file}: ${trustReason(f)}` });

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
      problems.push({
        kind: "duplicate",
        message: `sector ${sector.id} is in ${holders.map((h) => h.f.file).join(" and ")}; send one submission per sector`,
      });
      continue;
    }
    const sorted = [...holders].sort((a, b) =>
      stampedAt(a.f) < stampedAt(b.f) ? 1 : stampedAt(a.f) > stampedAt(b.f) ? -1 : 0
    );
    const [newest, second] = sorted;
    if (!newest) continue;
    if (second && stampedAt(second.f) === stampedAt(newest.f)) {
      problems.push({
        kind: "duplicate",
        message: `sector ${sector.id} is in ${holders.map((h) => h.f.file).join(" and ")}, stamped at the same time (${stampedAt(newest.f) || "not stamped"}): which is newer cannot be told`,
      });
      continue;
    }
    chosen.push({ sector: newest.s, source: newest.f, trust: trustOf(newest.f) });
    for (const older of sorted.slice(1))
      skipped.push({
        file: older.f.file,
        sector: sector.id,
        reason: `${fileName(newest.f.file)} was stamped later (${stampedAt(newest.f)})`,
        keptInstead: { file: fileName(newest.f.file), stampedAt: stampedAt(newest.f) },
      });
  }
  if (problems.length > 0) return fail(problems);
  return ok({ planId: plan.id, period: first.report.meta.period, chosen, skipped });
};

import { render, translatorFor, type Translator } from "../../core/i18n";
import type { ConsolidateOutcome, ConsolidateProblem } from "../consolidate-submissions";
import { say } from "./say";

/** One sector of a consolidation: where it came from (or which file it did not come from, and why). */
export interface ConsolidationLine {
  readonly sector: string;
  /** "from a.xlsx", "from a.xlsx  NOT VERIFIED (changed after stamping), marked in the workbook", "not from ...". */
  readonly text: string;
  readonly verified: boolean;
}

/** Consolidation's outcome in words: what was made, each sector's source, and the stamp. */
export interface ConsolidationView {
  /** "plan itu-2012-2015, reporting year 2013, sectors ITU-R, ITU-T". */
  readonly made: string;
  readonly sectors: readonly ConsolidationLine[];
  /** How many sectors come from a file that did not verify (marked in the workbook). */
  readonly unverified: number;
  /** "stamped: SHA-256 <hash> over 812 cells". */
  readonly stamped: string;
  /** The name to give the consolidated workbook: `itu-2012-2015-2013-council.xlsx`. */
  readonly fileName: string;
}

/** The Council workbook's file name, from the plan and the reporting year. */
export const councilFileName = (
  c: Pick<ConsolidateOutcome, "planId" | "period">,
  tr: Translator = translatorFor("en")
): string => say("consolidate.fileName", { plan: c.planId, period: c.period }, tr);

/** Consolidation's outcome as every front end words it. */
export const presentConsolidation = (
  c: ConsolidateOutcome,
  tr: Translator = translatorFor("en")
): ConsolidationView => ({
  made: say(
    "consolidate.made",
    {
      plan: c.planId,
      period: c.period,
      sectors: c.chosen.map((s) => s.sector.id).join(", "),
    },
    tr
  ),
  sectors: [
    ...c.chosen.map((s) => ({
      sector: s.sector.id,
      verified: s.trust === "verified",
      text:
        s.trust === "verified"
          ? say("consolidate.from", { file: s.source.file }, tr)
          : say("consolidate.fromUnverified", { file: s.source.file, why: s.trust }, tr),
    })),
    ...c.skipped.map((s) => ({
      sector: s.sector,
      verified: false,
      text: say("consolidate.skipped", { file: s.file, reason: render(tr, s.why) }, tr),
    })),
  ],
  unverified: c.chosen.filter((s) => s.trust !== "verified").length,
  stamped: say(
    "consolidate.stamped",
    {
      algorithm: c.stamp.hashAlgorithm,
      hash: c.stamp.contentHash,
      cells: c.stamp.canonicalCells,
    },
    tr
  ),
  fileName: councilFileName(c),
});

/**
 * Why consolidation was refused, one line per problem with the front end's own hint of what would allow it (a
 * CLI option, a pane checkbox), by kind; then that nothing was written.
 */
export const presentRefusal = (
  problems: readonly ConsolidateProblem[],
  hints: Partial<Record<ConsolidateProblem["kind"], string>> = {},
  tr: Translator = translatorFor("en")
): string[] => [
  ...problems.map((p) =>
    say("consolidate.refused", { problem: render(tr, p.said), hint: hints[p.kind] ?? "none" }, tr)
  ),
  say("consolidate.nothingWritten", {}, tr),
];

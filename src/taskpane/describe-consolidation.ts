import type { ConsolidateOutcome, ConsolidateProblem } from "../app";

/** The Council workbook's file name, from the plan and the reporting year. */
export const councilFileName = (c: Pick<ConsolidateOutcome, "planId" | "period">): string =>
  `${c.planId}-${c.period}-council.xlsx`;

/** What the pane says once submissions are consolidated: one sentence, then a line per sector and per file left out. */
export const describeConsolidation = (
  c: ConsolidateOutcome
): { readonly sentence: string; readonly lines: readonly string[] } => {
  const marked = c.chosen.filter((s) => s.trust !== "verified").length;
  return {
    sentence:
      `Consolidated ${c.chosen.length} sector${c.chosen.length === 1 ? "" : "s"} of plan ${c.planId}, reporting year ${c.period}, into ${councilFileName(c)}, stamped (${c.stamp.hashAlgorithm} ${c.stamp.contentHash}).` +
      (marked > 0
        ? ` ${marked} ${marked === 1 ? "comes" : "come"} from a file that did not verify, marked in the workbook.`
        : ""),
    lines: [
      ...c.chosen.map(
        (s) =>
          `${s.sector.id}: from ${s.source.file}${
            s.trust === "verified"
              ? ", verified"
              : s.trust === "changed"
                ? ", NOT VERIFIED: changed after stamping"
                : ", NOT VERIFIED: no readable stamp"
          }`
      ),
      ...c.skipped.map((s) => `${s.sector}: not from ${s.file}: ${s.reason}`),
    ],
  };
};

const HINTS: Partial<Record<ConsolidateProblem["kind"], string>> = {
  unverified: " (tick “Include unstamped or changed files” to include it, marked as not verified)",
  duplicate: " (tick “Keep the one stamped last” to keep the newer)",
};

/** Why consolidation was refused, each problem with the option that would allow it, and that nothing was written. */
export const describeRefusal = (problems: readonly ConsolidateProblem[]): string =>
  [...problems.map((p) => `${p.message}${HINTS[p.kind] ?? ""}.`), "Nothing was written."].join(" ");

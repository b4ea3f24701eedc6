import { changePlace, describeValue, Verification } from "../core/submission";

/** One changed cell as the pane lists it: where, what changed, and the cell to select (null where it is gone). */
export interface ChangeItem {
  readonly place: string;
  readonly detail: string;
  readonly sheet: string | null;
  readonly cell: string | null;
}

/** What the pane says about a verified submission: one sentence, then each changed cell. */
export interface VerificationDescription {
  readonly unchanged: boolean;
  readonly sentence: string;
  readonly changes: readonly ChangeItem[];
}

/**
 * Turns verify's result into the pane's words, as the CLI's verify reports it (times through `time`): unchanged since the stamp, or
 * changed, with each cell's row, column, old and new value (old values only where the stamp's record is intact).
 */
export const describeVerification = (
  name: string,
  v: Verification,
  time: (iso: string) => string = (iso) => iso
): VerificationDescription => {
  const s = v.stamp;
  const who = `stamped on ${time(s.stampedAt)}${s.preparer ? ` by ${s.preparer}` : ""}`;
  if (v.unchanged)
    return {
      unchanged: true,
      sentence: `${name} is unchanged since it was ${who} (plan ${s.planId}, reporting year ${s.period}, sectors ${s.sectors.join(", ")}; ${s.hashAlgorithm} ${s.contentHash}).`,
      changes: [],
    };
  const count = v.changes.length;
  const sentence = [
    `${name} has CHANGED since it was ${who}:`,
    count === 0
      ? "the changed cells cannot be named, because the stamp's record of the cells was edited to match."
      : `${count} cell${count === 1 ? "" : "s"} differ${count === 1 ? "s" : ""} from what was stamped.`,
    v.cellsIntact ? "" : "The stamp's own record was altered too, so old values are not shown.",
    "Ask the sector for a fresh submission, or submit again after checking the changes.",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    unchanged: false,
    sentence,
    changes: v.changes.map((c) => {
      const trusted = v.cellsIntact || c.table === "Submission";
      const row = c.table === "Submission" ? "stamp" : c.row;
      return {
        place: changePlace(c),
        detail: `${row}, ${c.column}: ${trusted ? describeValue(c.old) : "(unknown)"} → ${describeValue(c.new)}`,
        sheet: c.at?.sheet ?? null,
        cell: c.at?.cell ?? null,
      };
    }),
  };
};

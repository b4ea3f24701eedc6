import { translatorFor, type Translator } from "../../core/i18n";
import { changePlace, ContentChange, describeValue, Verification } from "../../core/submission";
import { say } from "./say";

/**
 * The one trust rule of verification: a changed cell's old value is what was stamped only where the stamp's own
 * record of the cells is intact, or where the cell is the stamp's own (the Submission sheet).
 */
export const trustsOld = (v: Verification, change: ContentChange): boolean =>
  v.cellsIntact || change.table === "Submission";

/** One changed cell as shown: where, which row and column, old and new value, and the cell to select. */
export interface ChangeItem {
  readonly place: string;
  readonly row: string;
  readonly column: string;
  readonly old: string;
  readonly new: string;
  /** The whole line: place, row, column, old -> new. */
  readonly line: string;
  /** The cell to go to (null where it is gone). */
  readonly sheet: string | null;
  readonly cell: string | null;
}

/** Verify's outcome in words: one heading, the lines about the hashes, then each changed cell. */
export interface VerificationView {
  readonly unchanged: boolean;
  /** "<file>: unchanged since it was stamped <time> by <preparer> (plan ..., reporting year ..., sectors ...)". */
  readonly heading: string;
  /** The hash lines, and what can and cannot be said of the changes. */
  readonly lines: readonly string[];
  readonly changes: readonly ChangeItem[];
  /** What to do about a changed submission; null where it is unchanged. */
  readonly advice: string | null;
}

/** Verify's outcome as every front end words it. `time` shows the stamp's ISO time as the officer reads times. */
export const presentVerification = (
  file: string,
  v: Verification,
  options: { readonly time?: (iso: string) => string } = {},
  tr: Translator = translatorFor("en")
): VerificationView => {
  const s = v.stamp;
  const stamped = say(
    "verify.stampedBy",
    {
      at: options.time ? options.time(s.stampedAt) : s.stampedAt,
      named: s.preparer ? "yes" : "no",
      preparer: s.preparer,
    },
    tr
  );
  const about = say(
    "findings.about",
    {
      plan: s.planId,
      period: s.period,
      sectors: s.sectors.join(", "),
    },
    tr
  );
  if (v.unchanged)
    return {
      unchanged: true,
      heading: say("verify.unchanged", { file, stamped, about }, tr),
      lines: [
        say(
          "verify.hash",
          {
            algorithm: s.hashAlgorithm,
            hash: s.contentHash,
            cells: s.canonicalCells,
            form: s.canonicalForm,
          },
          tr
        ),
      ],
      changes: [],
      advice: null,
    };
  return {
    unchanged: false,
    heading: say("verify.changed", { file, stamped, about }, tr),
    lines: [
      say("verify.stampedHash", { algorithm: s.hashAlgorithm, hash: s.contentHash }, tr),
      say("verify.currentHash", { hash: v.currentHash }, tr),
      ...(v.cellsIntact ? [] : [say("verify.recordAltered", {}, tr)]),
      v.changes.length === 0
        ? say("verify.cannotName", {}, tr)
        : say("verify.changedCount", { count: v.changes.length }, tr),
    ],
    changes: v.changes.map((c) => {
      const place = changePlace(c);
      const row = c.table === "Submission" ? say("verify.stampRow", {}, tr) : c.row;
      const old = trustsOld(v, c) ? describeValue(c.old) : say("verify.unknownValue", {}, tr);
      const now = describeValue(c.new);
      return {
        place,
        row,
        column: c.column,
        old,
        new: now,
        line: say("verify.change", { place, row, column: c.column, old, new: now }, tr),
        sheet: c.at?.sheet ?? null,
        cell: c.at?.cell ?? null,
      };
    }),
    advice: say("verify.advice", {}, tr),
  };
};

/** Verify's JSON report, for the receiving unit's tools: exactly this shape (docs/submission-format.md). */
export const verificationJson = (file: string, v: Verification): unknown => ({
  file,
  unchanged: v.unchanged,
  stamp: v.stamp,
  currentHash: v.currentHash,
  cellsIntact: v.cellsIntact,
  // An absent value (the cell or row is gone, or is new, or the old value is not trusted) leaves its key out.
  changes: v.changes.map((c) => ({
    table: c.table,
    row: c.row,
    column: c.column,
    sheet: c.at?.sheet ?? null,
    cell: c.at?.cell ?? null,
    old: trustsOld(v, c) ? c.old : undefined,
    new: c.new,
  })),
});

import type { Report } from "../report";
import type { CellRef } from "../findings";
import { CanonicalCell, canonicalCells, CanonicalValue, contentHash } from "./canonical-content";
import type { StampedContent, SubmissionStamp } from "./submission-stamp";

/** One cell whose content differs from what was stamped. `undefined` means the cell (or its row) was not there. */
export interface ContentChange {
  readonly table: string;
  readonly row: string;
  readonly column: string;
  /** Where the cell is now (null where it is gone, or is metadata). */
  readonly at: CellRef | null;
  readonly old: CanonicalValue | undefined;
  readonly new: CanonicalValue | undefined;
}

/** What verify found: unchanged, or the changes, cell by cell. */
export interface Verification {
  readonly stamp: SubmissionStamp;
  /** The hash of the content as it is now. */
  readonly currentHash: string;
  readonly unchanged: boolean;
  readonly changes: readonly ContentChange[];
  /**
   * False when the stamp's own copy of the cells does not hash to its content hash (someone edited the hidden
   * sheet): the content is then judged by the hash alone, and old values cannot be named.
   */
  readonly cellsIntact: boolean;
}

const key = (c: Pick<CanonicalCell, "table" | "row" | "column">): string =>
  JSON.stringify([c.table, c.row, c.column]);

const same = (a: CanonicalValue | undefined, b: CanonicalValue | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Compares a workbook's report with its stamp: unchanged when the content hash is the stamped one; otherwise
 * every cell that differs, with its old value where the stamp's copy of the cells is intact.
 */
export const verifyStamp = (report: Report, stamped: StampedContent): Verification => {
  const current = canonicalCells(report);
  const currentHash = contentHash(current);
  const { stamp } = stamped;
  const cellsIntact = contentHash(stamped.cells) === stamp.contentHash;
  const metaChanges: ContentChange[] = (
    [
      ["planId", stamp.planId, report.meta.planId],
      ["period", stamp.period, report.meta.period],
      ["sectors", stamp.sectors.join(","), report.meta.sectors.join(",")],
    ] as const
  ).flatMap(([column, old, now]) =>
    old === now ? [] : [{ table: "Submission", row: "stamp", column, at: null, old, new: now }]
  );
  if (currentHash === stamp.contentHash && metaChanges.length === 0)
    return { stamp, currentHash, unchanged: true, changes: [], cellsIntact };

  const before = new Map(stamped.cells.map((c) => [key(c), c]));
  const seen = new Set<string>();
  const changes: ContentChange[] = [...metaChanges];
  for (const c of current) {
    const k = key(c);
    seen.add(k);
    const old = before.get(k);
    if (old === undefined || !same(old.value, c.value))
      changes.push({
        table: c.table,
        row: c.row,
        column: c.column,
        at: c.at,
        old: cellsIntact ? old?.value : undefined,
        new: c.value,
      });
  }
  for (const old of stamped.cells)
    if (!seen.has(key(old)))
      changes.push({
        table: old.table,
        row: old.row,
        column: old.column,
        at: null,
        old: old.value,
        new: undefined,
      });
  return { stamp, currentHash, unchanged: false, changes, cellsIntact };
};

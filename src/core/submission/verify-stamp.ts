import type { ReportMeta } from "../report";
import type { CellRef } from "../findings";
import type { Snapshot } from "../snapshot";
import {
  CanonicalCell,
  CanonicalValue,
  cellsOf,
  coveredContent,
  textHash,
} from "./canonical-content";
import { contentBytes } from "./canonical-content-text";
import { digestSha256 } from "./digest-sha256";
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

const isCanonicalValue = (v: unknown): v is CanonicalValue =>
  v === null ||
  typeof v === "string" ||
  typeof v === "number" ||
  typeof v === "boolean" ||
  (typeof v === "object" &&
    v !== null &&
    Object.keys(v).length === 1 &&
    (typeof (v as { error?: unknown }).error === "string" ||
      typeof (v as { date?: unknown }).date === "string"));

/** The cells of a recorded canonical text, one per line; lines that are not a canonical cell are skipped. */
export const recordedCells = (text: string): CanonicalCell[] =>
  text.split("\n").flatMap((line) => {
    if (line === "") return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return [];
    }
    if (!Array.isArray(parsed) || parsed.length !== 4) return [];
    const [table, row, column, value] = parsed as unknown[];
    return typeof table === "string" &&
      typeof row === "string" &&
      typeof column === "string" &&
      isCanonicalValue(value)
      ? [{ table, row, column, value, at: null }]
      : [];
  });

/**
 * Compares a workbook's content with its stamp: unchanged when the content hash is the stamped one; otherwise
 * every cell that differs, with its old value where the stamp's record of the cells is intact.
 */
export const verifyStamp = async (
  snapshot: Snapshot,
  meta: ReportMeta,
  stamped: StampedContent
): Promise<Verification> => {
  const content = coveredContent(snapshot, meta);
  const currentHash = await digestSha256(contentBytes(content));
  const { stamp } = stamped;
  const cellsIntact = (await textHash(stamped.text)) === stamp.contentHash;
  const metaChanges: ContentChange[] = (
    [
      ["planId", stamp.planId, meta.planId],
      ["period", stamp.period, meta.period],
      ["sectors", stamp.sectors.join(","), meta.sectors.join(",")],
    ] as const
  ).flatMap(([column, old, now]) =>
    old === now ? [] : [{ table: "Submission", row: "stamp", column, at: null, old, new: now }]
  );
  if (currentHash === stamp.contentHash && metaChanges.length === 0)
    return { stamp, currentHash, unchanged: true, changes: [], cellsIntact };

  // Cell by cell only where something changed: an unchanged workbook's content is never spread into cells.
  const current = cellsOf(content);
  const recorded = recordedCells(stamped.text);
  const before = new Map(recorded.map((c) => [key(c), c]));
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
  for (const old of recorded)
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

import type { Snapshot, SnapshotCell } from "./snapshot";
import { WORKBOOK_LIMITS } from "./workbook-limits";

/**
 * The first table cell whose text is longer than Excel allows (32,767 characters), or whose number is not
 * finite (1e309 in the file's XML reads as Infinity): neither can come from Excel, and neither can be written
 * back faithfully, so the workbook is refused naming the cell rather than read with a value that is not the file's.
 */
export const cellOverLimit = (
  snapshot: Snapshot
): { readonly cell: SnapshotCell; readonly reason: string; readonly length?: number } | null => {
  for (const table of snapshot.tables) {
    for (const row of table.rows) {
      for (const cell of row) {
        const v = cell.value;
        if (typeof v === "string" && v.length > WORKBOOK_LIMITS.cellChars)
          return {
            cell,
            length: v.length,
            reason: `holds ${v.length.toLocaleString("en-US")} characters, more than Excel's limit of ${WORKBOOK_LIMITS.cellChars.toLocaleString("en-US")} per cell`,
          };
        if (typeof v === "number" && !Number.isFinite(v))
          return {
            cell,
            reason: `holds a number past the largest Excel can hold, about 1.8E+308 (it reads as ${String(v)})`,
          };
      }
    }
  }
  return null;
};

import { a1Range } from "../../core/format";
import type { Block } from "./a1-block";

/**
 * Excel refuses getRanges addresses of about 8,200 characters (office-js issue #5198): each group of areas
 * stays well under that.
 */
export const MAX_AREAS_ADDRESS = 4_000;

/** Blocks as comma-separated addresses for Worksheet.getRanges, each address under MAX_AREAS_ADDRESS. */
export const areasAddresses = (blocks: readonly Block[]): string[] => {
  const addresses: string[] = [];
  let current = "";
  for (const b of blocks) {
    const area = a1Range(b.top, b.left, b.top + b.rows - 1, b.left + b.columns - 1);
    if (current !== "" && current.length + area.length + 1 > MAX_AREAS_ADDRESS) {
      addresses.push(current);
      current = "";
    }
    current = current === "" ? area : `${current},${area}`;
  }
  if (current !== "") addresses.push(current);
  return addresses;
};

/** Sorted row numbers (0-based) as runs of consecutive rows, each a block `columns` wide from `left`. */
export const rowRuns = (rows: readonly number[], left: number, columns: number): Block[] => {
  const runs: Block[] = [];
  for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.top + last.rows === row)
      runs[runs.length - 1] = { ...last, rows: last.rows + 1 };
    else runs.push({ top: row, left, rows: 1, columns });
  }
  return runs;
};

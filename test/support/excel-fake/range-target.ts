import type { CellBlock } from "./cell-address";
import { FakeOfficeError } from "./office-error";
import type { SheetState } from "./workbook-state";

/** What a range proxy points at: a block of a sheet. */
export interface RangeTarget {
  readonly sheet: SheetState;
  readonly block: CellBlock;
  /** Every area, for a RangeAreas' format (its first area is `block`); a plain range has one. */
  readonly areas?: readonly CellBlock[];
}

/** The blocks a format change applies to: every area of a RangeAreas, or the range's one block. */
export const blocksOf = (t: RangeTarget): readonly CellBlock[] => t.areas ?? [t.block];

/** The sheet, or ItemNotFound when it was deleted since the proxy was made. */
export const liveSheet = (sheet: SheetState): SheetState => {
  if (sheet.deleted)
    throw new FakeOfficeError("ItemNotFound", `The worksheet ${sheet.name} was deleted.`);
  return sheet;
};

/** Every (row, column) of a block, by rows. */
export const forEachCell = (
  block: CellBlock,
  visit: (row: number, column: number, i: number, j: number) => void
): void => {
  for (let i = 0; i < block.rows; i++)
    for (let j = 0; j < block.columns; j++) visit(block.top + i, block.left + j, i, j);
};

/** Checks a 2-D array against the range's size, as Excel does for values, formulas and numberFormat. */
export const assertShape = (block: CellBlock, input: unknown): readonly (readonly unknown[])[] => {
  if (
    !Array.isArray(input) ||
    input.length !== block.rows ||
    input.some((row) => !Array.isArray(row) || row.length !== block.columns)
  ) {
    throw new FakeOfficeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  return input as unknown[][];
};

import type { CellRef } from "../findings";
import type { CellData } from "../snapshot";

/** A cell of the officer's workbook: what it holds, and where (a Field is its own CellRef, one object per cell). */
export interface Field extends CellRef {
  readonly value: CellData;
  readonly formula?: string;
}

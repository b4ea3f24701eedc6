import { decodeRange } from "../../core/format";

/** A block of cells by 0-based corner and size, as getRangeByIndexes takes it. */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** "B2:D9" (or "B2") as a block. */
export const parseA1 = (address: string): Block => {
  const at = decodeRange(address);
  if (!at) throw new RangeError(`not an A1 address: ${address}`);
  return {
    top: at.top,
    left: at.left,
    rows: at.bottom - at.top + 1,
    columns: at.right - at.left + 1,
  };
};

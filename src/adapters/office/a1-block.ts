/** A block of cells by 0-based corner and size, as getRangeByIndexes takes it. */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

const column = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** "B2:D9" (or "B2") as a block. */
export const parseA1 = (address: string): Block => {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address.toUpperCase());
  if (!m) throw new RangeError(`not an A1 address: ${address}`);
  const top = Number(m[2]) - 1;
  const left = column(m[1] ?? "A");
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? column(m[3]) : left;
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
};

/** Column letters for a 0-based column index: 0 -> "A", 26 -> "AA". */
export const columnLetter = (index: number): string => {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/** An A1 address for 0-based row and column: (0, 0) -> "A1". */
export const a1 = (row: number, column: number): string => `${columnLetter(column)}${row + 1}`;

/** An A1 range for 0-based corners, inclusive: (0, 0, 9, 3) -> "A1:D10". */
export const a1Range = (top: number, left: number, bottom: number, right: number): string =>
  `${a1(top, left)}:${a1(bottom, right)}`;

/** A cell's 0-based row and column. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** A block of cells by its 0-based corners, inclusive. */
export interface RangePosition {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The 0-based row and column of a plain A1 address ("C12" -> row 11, column 2); undefined for anything else
 * (lower case, `$`, a range, a sheet name). Reads character codes, without a regular expression: sorting tens of
 * thousands of findings decodes every one of their cells.
 */
export const decodeCell = (address: string): CellPosition | undefined => {
  let column = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  if (i === 0 || i === address.length) return undefined;
  let row = 0;
  for (let j = i; j < address.length; j++) {
    const code = address.charCodeAt(j);
    if (code < 48 || code > 57) return undefined;
    row = row * 10 + code - 48;
  }
  if (row === 0) return undefined;
  return { row: row - 1, column: column - 1 };
};

const RANGE = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/;
const columnIndex = (letters: string): number => {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n - 1;
};

/**
 * The 0-based corners of an A1 range or cell, in either case and with or without `$` ("B2:D9", "$c$3");
 * undefined for anything else.
 * @example decodeRange("B2:D9") // { top: 1, left: 1, bottom: 8, right: 3 }
 */
export const decodeRange = (ref: string): RangePosition | undefined => {
  const m = RANGE.exec(ref.toUpperCase());
  if (!m) return undefined;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1] ?? "A");
  return {
    top,
    left,
    bottom: m[4] === undefined ? top : Number(m[4]) - 1,
    right: m[3] === undefined ? left : columnIndex(m[3]),
  };
};

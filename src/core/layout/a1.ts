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

import { FakeOfficeError } from "./office-error";

/** A block of cells on a sheet, 0-based and inclusive of its first cell. */
export interface CellBlock {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const letters = (column: number): string => {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** "A1" for (0, 0). */
export const cellName = (row: number, column: number): string => `${letters(column)}${row + 1}`;

/** "A1:B2" for a block ("A1" for one cell), as Excel writes addresses. */
export const blockName = (block: CellBlock): string => {
  const first = cellName(block.top, block.left);
  return block.rows === 1 && block.columns === 1
    ? first
    : `${first}:${cellName(block.top + block.rows - 1, block.left + block.columns - 1)}`;
};

/** A sheet name as Excel puts it in front of an address: quoted when it holds anything but letters, digits, _ and dots. */
export const sheetPrefix = (sheet: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;

const columnOf = (text: string): number =>
  [...text.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Parses "B3", "A1:C9", "$A$1:$C$9", "A:C" or "2:5" (the sheet's own part of an address). */
export const parseBlock = (address: string): CellBlock => {
  const plain = address.replace(/\$/g, "").trim();
  const cells = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(plain);
  if (cells) {
    const [r1, c1] = [Number(cells[2]) - 1, columnOf(cells[1] ?? "A")];
    const [r2, c2] = cells[3] ? [Number(cells[4]) - 1, columnOf(cells[3])] : [r1, c1];
    const block = {
      top: Math.min(r1, r2),
      left: Math.min(c1, c2),
      rows: Math.abs(r2 - r1) + 1,
      columns: Math.abs(c2 - c1) + 1,
    };
    if (
      block.top < 0 ||
      block.top + block.rows > MAX_ROWS ||
      block.left + block.columns > MAX_COLUMNS
    )
      throw new FakeOfficeError(
        "InvalidArgument",
        `The address "${address}" is outside the sheet.`
      );
    return block;
  }
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(plain);
  if (cols) {
    const [a, b] = [columnOf(cols[1] ?? "A"), columnOf(cols[2] ?? "A")];
    return { top: 0, left: Math.min(a, b), rows: MAX_ROWS, columns: Math.abs(b - a) + 1 };
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(plain);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { top: Math.min(a, b), left: 0, rows: Math.abs(b - a) + 1, columns: MAX_COLUMNS };
  }
  throw new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing: address "${address}".`
  );
};

/** True where two blocks share a cell. */
export const overlaps = (a: CellBlock, b: CellBlock): boolean =>
  a.top < b.top + b.rows &&
  b.top < a.top + a.rows &&
  a.left < b.left + b.columns &&
  b.left < a.left + a.columns;

/** True where `inner` lies wholly inside `outer`. */
export const contains = (outer: CellBlock, inner: CellBlock): boolean =>
  inner.top >= outer.top &&
  inner.left >= outer.left &&
  inner.top + inner.rows <= outer.top + outer.rows &&
  inner.left + inner.columns <= outer.left + outer.columns;

const COLUMN_LIMIT = 16_384;
const ROW_LIMIT = 1_048_576;

const columnNumber = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

const columnLetters = (n: number): string => {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

// An A1 reference in formula text, with its optional $ anchors; the lookbehind keeps names (LOG10, A_1) out.
const REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!])/g;

/** An A1 reference found in a formula: where it points and which of its parts are anchored. */
interface Reference {
  readonly column: number;
  readonly row: number;
  readonly columnAnchored: boolean;
  readonly rowAnchored: boolean;
}

/**
 * A formula compiled for moving: its text cut into the parts that never move (operators, names, text in
 * quotes or brackets) and its relative references, so that moving it is a join, not a parse.
 */
export type MovableFormula = (rows: number, columns: number) => string;

/**
 * Compiles a formula once, to be moved to any number of cells (a shared formula down a column of 10,000 rows):
 * `compileShift(f)(rows, columns)` is `shiftFormula(f, rows, columns)`.
 */
export const compileShift = (formula: string): MovableFormula => {
  const texts: string[] = [];
  const references: Reference[] = [];
  let text = "";
  const scan = (segment: string): void => {
    let last = 0;
    for (const m of segment.matchAll(REFERENCE)) {
      const [whole, colAnchor = "", col = "", rowAnchor = "", row = ""] = m;
      texts.push(text + segment.slice(last, m.index));
      text = "";
      references.push({
        column: columnNumber(col),
        row: Number(row),
        columnAnchored: colAnchor !== "",
        rowAnchored: rowAnchor !== "",
      });
      last = (m.index ?? 0) + whole.length;
    }
    text += segment.slice(last);
  };
  let start = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] ?? "";
    const close = ch === '"' ? '"' : ch === "'" ? "'" : ch === "[" ? "]" : undefined;
    if (close === undefined) continue;
    scan(formula.slice(start, i));
    let j = i + 1;
    let depth = 1;
    while (j < formula.length && depth > 0) {
      const c = formula[j];
      if (close === "]" && c === "[") depth++;
      else if (c === close) {
        // A doubled quote is an escaped quote inside the literal.
        if (close !== "]" && formula[j + 1] === close) j++;
        else depth--;
      }
      j++;
    }
    text += formula.slice(i, j);
    i = j - 1;
    start = j;
  }
  scan(formula.slice(start));
  const tail = text;
  return (rows, columns) => {
    // Built as parts joined once: one flat string per formula, not a rope of pieces.
    const parts: string[] = [];
    references.forEach((ref, k) => {
      parts.push(texts[k] ?? "");
      const c = ref.columnAnchored ? ref.column : ref.column + columns;
      const r = ref.rowAnchored ? ref.row : ref.row + rows;
      parts.push(
        c < 1 || c > COLUMN_LIMIT || r < 1 || r > ROW_LIMIT
          ? "#REF!"
          : `${ref.columnAnchored ? "$" : ""}${columnLetters(c)}${ref.rowAnchored ? "$" : ""}${r}`
      );
    });
    parts.push(tail);
    return parts.join("");
  };
};

/**
 * A formula moved by `rows` and `columns`, as Excel fills a shared formula into the cells it covers: every
 * relative A1 reference shifts, anchored ones ($A$1) stay, and text in quotes or brackets (string literals,
 * sheet names, structured references) is left alone. A reference pushed off the sheet becomes #REF!.
 * @example shiftFormula("SUM(A1:B2)*$C$1", 2, 1) // "SUM(B3:C4)*$C$1"
 */
export const shiftFormula = (formula: string, rows: number, columns: number): string =>
  compileShift(formula)(rows, columns);

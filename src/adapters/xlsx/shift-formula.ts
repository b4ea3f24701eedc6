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

/**
 * A formula moved by `rows` and `columns`, as Excel fills a shared formula into the cells it covers: every
 * relative A1 reference shifts, anchored ones ($A$1) stay, and text in quotes or brackets (string literals,
 * sheet names, structured references) is left alone. A reference pushed off the sheet becomes #REF!.
 * @example shiftFormula("SUM(A1:B2)*$C$1", 2, 1) // "SUM(B3:C4)*$C$1"
 */
export const shiftFormula = (formula: string, rows: number, columns: number): string => {
  // Built as parts joined once: one flat string per formula, not a rope of pieces (20,000 of them, shared down
  // a 10,000-row KPI sheet, would hold several times their text).
  const parts: string[] = [];
  let start = 0;
  const flush = (end: number): void => {
    if (end <= start) return;
    parts.push(
      formula
        .slice(start, end)
        .replace(REFERENCE, (_, colAnchor: string, col: string, rowAnchor: string, row: string) => {
          const c = colAnchor ? columnNumber(col) : columnNumber(col) + columns;
          const r = rowAnchor ? Number(row) : Number(row) + rows;
          if (c < 1 || c > COLUMN_LIMIT || r < 1 || r > ROW_LIMIT) return "#REF!";
          return `${colAnchor}${columnLetters(c)}${rowAnchor}${r}`;
        })
    );
  };
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] ?? "";
    const close = ch === '"' ? '"' : ch === "'" ? "'" : ch === "[" ? "]" : undefined;
    if (close === undefined) continue;
    flush(i);
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
    parts.push(formula.slice(i, j));
    i = j - 1;
    start = j;
  }
  flush(formula.length);
  return parts.join("");
};

import type { CellValue } from "./workbook-spec";

/** Points per line of 11-point text, and characters per unit of column width (measured in LibreOffice, which lays out wider than Excel). */
const LINE_HEIGHT = 15;
const CHARS_PER_WIDTH = 1.15;

const shown = (value: CellValue): string =>
  value === null ? "" : typeof value === "object" ? "" : String(value);

/** How many lines a text takes in a column of this width, breaking at spaces as a spreadsheet does. */
export const wrappedLines = (text: string, width: number): number => {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  return text.split("\n").reduce((lines, paragraph) => {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= perLine) used = needed;
      else {
        count += used === 0 ? 0 : 1;
        count += Math.floor(Math.max(0, word.length - 1) / perLine);
        used = word.length % perLine || perLine;
      }
    }
    return lines + count;
  }, 0);
};

/** The tallest row Excel allows, in points: Excel (and the Office.js API) refuse a taller one. */
export const MAX_ROW_HEIGHT = 409;

/**
 * The height, in points, that a row of wrapped cells needs to show all its text, at most Excel's 409 points.
 * Written explicitly because not every reader fits rows to wrapped text on opening a file (LibreOffice does not).
 */
export const rowHeight = (cells: readonly CellValue[], widths: readonly number[]): number =>
  Math.min(MAX_ROW_HEIGHT, neededHeight(cells, widths));

const neededHeight = (cells: readonly CellValue[], widths: readonly number[]): number =>
  LINE_HEIGHT *
    Math.max(
      1,
      ...cells.map((value, i) => {
        const text = shown(value);
        return text === "" ? 1 : wrappedLines(text, widths[i] ?? 10);
      })
    ) +
  3;

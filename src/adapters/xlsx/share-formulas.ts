import type ExcelJS from "exceljs";
import { a1 } from "../../core/format";
import { CellValue, isFormula } from "../../core/layout";
import { shiftFormula } from "./shift-formula";

const toExcelValue = (value: CellValue): ExcelJS.CellValue =>
  isFormula(value) ? { formula: value.formula, date1904: false } : value;

/**
 * A table's rows as ExcelJS values, each column's formula written once: where a cell's formula is the formula
 * of the column's first formula cell moved down to it (as Excel fills a shared formula, shiftFormula), the
 * cell shares that formula (`<f t="shared" si="0"/>`) instead of carrying its own copy. A KPI's 1.3 KB status
 * formula is then written once per column, not once per row; every reader (ours, ExcelJS after
 * normalising, openpyxl, LibreOffice, Excel) fills it back as the same formula. A cell whose formula differs
 * keeps its own, and starts a new run.
 * @param top the 0-based row of the first data row; `left` the 0-based column of the table's first column.
 */
export const shareColumnFormulas = (
  rows: readonly (readonly CellValue[])[],
  top: number,
  left: number
): ExcelJS.CellValue[][] => {
  const out = rows.map((row) => row.map(toExcelValue));
  const width = rows.reduce((n, row) => Math.max(n, row.length), 0);
  for (let c = 0; c < width; c++) {
    let master: { formula: string; row: number; address: string } | undefined;
    rows.forEach((row, r) => {
      const value = row[c];
      if (!isFormula(value)) {
        master = undefined;
        return;
      }
      if (master && shiftFormula(master.formula, r - master.row, 0) === value.formula)
        (out[r] as ExcelJS.CellValue[])[c] = { sharedFormula: master.address, date1904: false };
      else master = { formula: value.formula, row: r, address: a1(top + r, left + c) };
    });
  }
  return out;
};

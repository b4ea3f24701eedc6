import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";

/** A workbook file read back by ExcelJS, an independent reader of what we wrote. */
export const readBack = async (file: string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb;
};

const shown = (value: ExcelJS.CellValue): string | number | boolean => {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value) return `=${value.formula}`;
    return JSON.stringify(value);
  }
  return value;
};

/** A sheet's cells as a 2-D array from a row down to its last, every column to its last used one; empty as "". */
export const sheetRows = (
  ws: ExcelJS.Worksheet | undefined,
  fromRow = 1
): (string | number | boolean)[][] => {
  if (!ws) throw new Error("no such sheet");
  const rows: (string | number | boolean)[][] = [];
  for (let r = fromRow; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(Array.from({ length: ws.columnCount }, (_, c) => shown(row.getCell(c + 1).value)));
  }
  return rows;
};

import type ExcelJS from "exceljs";
import {
  WORKBOOK_LIMITS,
  type CellData,
  type Snapshot,
  type SnapshotCell,
  type SnapshotTable,
} from "../../core/snapshot";
import { decodeRange } from "../../core/format";
import { checkXlsxPackage } from "./check-xlsx-package";
import { loadExcelJs } from "./lazy-modules";
import { damagedPart, normaliseXlsxPackage } from "./normalise-xlsx-package";
import { message } from "../../core/i18n";
import { LIMITS_DOC, WorkbookReadError } from "./workbook-read-error";

export { WorkbookReadError };

type ExcelValue = ExcelJS.CellValue | undefined;

/** Translates ExcelJS's many cell value shapes into CellData; a formula counts as its cached result. */
export const toCellData = (value: ExcelValue): CellData => {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  if (typeof value === "object") {
    if ("error" in value && typeof value.error === "string") return { error: value.error };
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelValue }).result;
      return result === undefined ? null : toCellData(result);
    }
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
  }
  return String(value);
};

const formulaOf = (value: ExcelValue): string | undefined =>
  typeof value === "object" &&
  value !== null &&
  "formula" in value &&
  typeof value.formula === "string"
    ? value.formula
    : undefined;

interface LoadedTable {
  readonly table: {
    readonly name: string;
    readonly tableRef: string;
    readonly headerRow?: boolean;
  };
}

/** A cell's value as Excel shows it: the cells a merge covers, other than its top-left one, are empty. */
const shownValue = (cell: ExcelJS.Cell): ExcelValue =>
  cell.isMerged && cell.master !== cell ? null : cell.value;

const readTable = (
  ws: ExcelJS.Worksheet,
  loaded: LoadedTable,
  file: string
): SnapshotTable | null => {
  const at = decodeRange(loaded.table.tableRef);
  if (!at) return null;
  // ExcelJS numbers rows and columns from 1.
  const decoded = {
    top: at.top + 1,
    left: at.left + 1,
    bottom: at.bottom + 1,
    right: at.right + 1,
  };
  // A table stretched down to row 1,048,576 is read to its last row that holds anything.
  const range = {
    ...decoded,
    bottom: Math.min(decoded.bottom, Math.max(ws.rowCount, decoded.top)),
  };
  if (range.bottom - range.top > WORKBOOK_LIMITS.rowsPerSheet)
    throw new WorkbookReadError(
      file,
      message("error.xlsx.tableTooLong", {
        table: loaded.table.name,
        sheet: ws.name,
        count: range.bottom - range.top,
        range: loaded.table.tableRef,
        limit: WORKBOOK_LIMITS.rowsPerSheet,
        doc: LIMITS_DOC,
      })
    );
  if (range.right - range.left >= 16_384) return null;
  const headerRow = ws.getRow(range.top);
  const columns = Array.from({ length: range.right - range.left + 1 }, (_, i) => range.left + i);
  const headers = columns.map((c) => {
    const v = toCellData(headerRow.getCell(c).value);
    return v === null ? "" : typeof v === "object" ? "" : String(v);
  });
  const rows: SnapshotCell[][] = [];
  for (let r = range.top + 1; r <= range.bottom; r++) {
    const row = ws.getRow(r);
    rows.push(
      columns.map((c) => {
        const cell = row.getCell(c);
        const value = shownValue(cell);
        const formula = formulaOf(value);
        return formula
          ? { sheet: ws.name, cell: cell.address, value: toCellData(value), formula }
          : { sheet: ws.name, cell: cell.address, value: toCellData(value) };
      })
    );
  }
  return {
    name: loaded.table.name,
    sheet: ws.name,
    headers,
    headerAddresses: columns.map((c) => headerRow.getCell(c).address),
    rows,
  };
};

/**
 * Reads the sheets and every table of a loaded ExcelJS workbook into a Snapshot; `file` names the workbook
 * when a table is past the row limit.
 */
export const snapshotOf = (wb: ExcelJS.Workbook, file = "the workbook"): Snapshot => ({
  sheets: wb.worksheets.map((ws) => ({
    name: ws.name,
    visibility:
      ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible",
  })),
  tables: wb.worksheets.flatMap((ws) =>
    (ws.getTables() as unknown as LoadedTable[]).flatMap((t) => {
      const table = readTable(ws, t, file);
      return table ? [table] : [];
    })
  ),
});

interface TableModel {
  readonly table: { style?: { theme?: string | null } | null };
}

/**
 * ExcelJS cannot write back a table that has no style information, which is how LibreOffice Calc saves
 * tables: give such tables an empty style (no theme), so that a file read can always be written again.
 */
const repairTableStyles = (wb: ExcelJS.Workbook): void => {
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as TableModel[]) {
      if (!t.table.style) t.table.style = {};
    }
  }
};

/**
 * Loads .xlsx bytes with ExcelJS, after checkXlsxPackage has held them to WORKBOOK_LIMITS and
 * normaliseXlsxPackage has put a package from any tool (openpyxl, LibreOffice, the Open XML SDK) in the form
 * ExcelJS reads; anything ExcelJS still cannot open is a WorkbookReadError naming the file and, where it can
 * be found, the part at fault: never the reader's own error text.
 */
export const loadXlsx = async (file: string, bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  await checkXlsxPackage(file, bytes);
  const normal = await normaliseXlsxPackage(file, bytes);
  const wb = new (await loadExcelJs()).Workbook();
  try {
    await wb.xlsx.load(normal as unknown as ArrayBuffer);
    repairTableStyles(wb);
  } catch {
    const part = await damagedPart(normal).catch(() => undefined);
    throw new WorkbookReadError(
      file,
      message("error.xlsx.unreadable", { part: part ?? message("error.xlsx.somePart") })
    );
  }
  return wb;
};

import ExcelJS from "exceljs";
import type { CellData, Snapshot, SnapshotCell, SnapshotTable } from "../../core/snapshot";

/** A file that cannot be read as a workbook at all (not a zip, encrypted, corrupt). */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    reason: string
  ) {
    super(`${file}: ${reason}`);
    this.name = "WorkbookReadError";
  }
}

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

const decodeRange = (
  ref: string
): { top: number; left: number; bottom: number; right: number } | null => {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!m) return null;
  const col = (letters: string): number =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return {
    top: Number(m[2]),
    left: col(m[1] ?? "A"),
    bottom: Number(m[4] ?? m[2]),
    right: col(m[3] ?? m[1] ?? "A"),
  };
};

const readTable = (ws: ExcelJS.Worksheet, loaded: LoadedTable): SnapshotTable | null => {
  const range = decodeRange(loaded.table.tableRef);
  if (!range) return null;
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
        const formula = formulaOf(cell.value);
        return formula
          ? { sheet: ws.name, cell: cell.address, value: toCellData(cell.value), formula }
          : { sheet: ws.name, cell: cell.address, value: toCellData(cell.value) };
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

/** Reads the sheets and every table of a loaded ExcelJS workbook into a Snapshot. */
export const snapshotOf = (wb: ExcelJS.Workbook): Snapshot => ({
  sheets: wb.worksheets.map((ws) => ({
    name: ws.name,
    visibility:
      ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible",
  })),
  tables: wb.worksheets.flatMap((ws) =>
    (ws.getTables() as unknown as LoadedTable[]).flatMap((t) => {
      const table = readTable(ws, t);
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

/** Loads .xlsx bytes with ExcelJS; anything ExcelJS cannot open is a WorkbookReadError naming the file. */
export const loadXlsx = async (file: string, bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  const head = String.fromCharCode(...bytes.slice(0, 8));
  if (bytes.length === 0) throw new WorkbookReadError(file, "is empty");
  if (head.startsWith("\u00d0\u00cf\u0011\u00e0")) {
    throw new WorkbookReadError(
      file,
      "is an encrypted or old-format (.xls) workbook; save it as an unprotected .xlsx and try again"
    );
  }
  if (!head.startsWith("PK"))
    throw new WorkbookReadError(file, "is not an .xlsx workbook (it is not a zip file)");
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    repairTableStyles(wb);
  } catch (error) {
    throw new WorkbookReadError(
      file,
      `cannot be read as an .xlsx workbook (${error instanceof Error ? error.message : String(error)})`
    );
  }
  return wb;
};

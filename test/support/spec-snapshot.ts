import { isFormula, SheetSpec, WorkbookSpec } from "../../src/core/layout";
import type { CellData, Snapshot, SnapshotCell } from "../../src/core/snapshot";
import { a1, decodeCell } from "../../src/core/format";

/** 1-based row and column of an A1 address, as the helpers below count them. */
const decode = (address: string): [number, number] => {
  const at = decodeCell(address);
  if (!at) throw new Error(`bad address ${address}`);
  return [at.row + 1, at.column + 1];
};
const encode = (row: number, col: number): string => a1(row - 1, col - 1);

/** Edits to apply, keyed "Sheet!A1"; a formula cell keeps its formula unless the edit replaces it. */
export type SnapshotEdits = Record<string, CellData>;

/**
 * The snapshot an adapter would read from a freshly written workbook, without a file: each table's cells
 * with their addresses; formulas have no computed result yet, as in a file never opened in Excel.
 */
export const snapshotOfSpec = (
  spec: WorkbookSpec,
  edits: SnapshotEdits = {},
  remove: { sheets?: string[] } = {}
): Snapshot => {
  const sheets = spec.sheets.filter((s) => !(remove.sheets ?? []).includes(s.name));
  const tableOf = (sheet: SheetSpec) =>
    sheet.tables.map((table) => {
      const [top, left] = decode(table.ref.split(":")[0] ?? "A1");
      const cell = (row: number, col: number, value: CellData, formula?: string): SnapshotCell => {
        const address = encode(row, col);
        const key = `${sheet.name}!${address}`;
        if (key in edits) return { sheet: sheet.name, cell: address, value: edits[key] ?? null };
        return formula === undefined
          ? { sheet: sheet.name, cell: address, value }
          : { sheet: sheet.name, cell: address, value, formula };
      };
      return {
        name: table.name,
        sheet: sheet.name,
        headers: table.columns.map((c, i) => {
          const edited = edits[`${sheet.name}!${encode(top, left + i)}`];
          return typeof edited === "string" ? edited : c.header;
        }),
        headerAddresses: table.columns.map((_, i) => encode(top, left + i)),
        rows: table.rows.map((row, r) =>
          row.map((v, c) =>
            isFormula(v)
              ? cell(top + 1 + r, left + c, null, v.formula)
              : cell(top + 1 + r, left + c, v)
          )
        ),
      };
    });
  return {
    sheets: sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    tables: sheets.flatMap(tableOf),
  };
};

import { finding } from "../findings";
import { findColumns, FoundColumns, headerText, LANGUAGES, TableFormat } from "../format";
import type { SnapshotTable } from "../snapshot";
import type { ReadContext } from "./read-context";

/** A table of the format as found in the workbook, with its columns. */
export interface LocatedTable {
  readonly table: SnapshotTable;
  readonly columns: FoundColumns;
}

/** Says (as information) that the sheet of a table found by its name was renamed: the table is still read. */
export const noteRenamedSheet = (
  context: ReadContext,
  table: SnapshotTable,
  sheetName: string,
  /** The sheet's name in every language a workbook may be written in. */
  sheetNames: readonly string[] = [sheetName]
): void => {
  if (!sheetNames.includes(table.sheet))
    context.findings.push(
      finding(
        "sheet-renamed",
        "info",
        { sheet: table.sheet, cell: null },
        context.i18n.t("finding.sheet-renamed.message", {
          sheet: sheetName,
          renamed: table.sheet,
          table: table.name,
        })
      )
    );
};

/** True when a table has all its required columns; otherwise says once which are gone, by header text. */
export const hasColumns = (
  context: ReadContext,
  table: SnapshotTable,
  missing: readonly string[]
): boolean => {
  if (missing.length === 0) return true;
  context.findings.push(
    finding(
      "column-missing",
      "error",
      { sheet: table.sheet, cell: table.headerAddresses[0] ?? null },
      context.i18n.t("finding.column-missing.message", {
        table: table.name,
        columns: missing.map((header) => `"${header}"`).join(", "),
      })
    )
  );
  return false;
};

/**
 * Finds a table of the format by its name (a sector's, for `sectorId`), and its columns by their header text in
 * any language the format knows; says once, and precisely, when the table is missing, its sheet was renamed, or
 * a required column is gone (then null: the part of the report it would fill stays null).
 */
export const locateTable = (
  context: ReadContext,
  format: TableFormat,
  sectorId: string
): LocatedTable | null => {
  const tableName = format.tableName(sectorId);
  // The sheet's name in each of the six languages: a workbook is written in one of them.
  const sheetNames = [
    ...new Set(LANGUAGES.map((language) => format.sheetName(sectorId, language))),
  ];
  const table = context.snapshot.tables.find((t) => t.name === tableName);
  const sheetName =
    sheetNames.find((name) => context.snapshot.sheets.some((s) => s.name === name)) ??
    format.sheetName(sectorId, context.language);
  if (!table) {
    const sheetThere = context.snapshot.sheets.some((s) => s.name === sheetName);
    context.findings.push(
      sheetThere
        ? finding(
            "table-missing",
            "error",
            { sheet: sheetName, cell: null },
            context.i18n.t("finding.table-missing.message", { sheet: sheetName, table: tableName })
          )
        : finding(
            "sheet-missing",
            "error",
            { sheet: sheetName, cell: null },
            context.i18n.t("finding.sheet-missing.message", { sheet: sheetName, table: tableName })
          )
    );
    return null;
  }
  noteRenamedSheet(context, table, sheetName, sheetNames);
  const columns = findColumns(format, table.headers);
  const missing = columns.missing.map((key) => headerText(key, context.language));
  if (!hasColumns(context, table, missing)) return null;
  return { table, columns };
};

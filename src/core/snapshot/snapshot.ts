/**
 * A workbook as read, before anything is interpreted: its sheets, and its tables' cells with their addresses.
 * Both adapters produce it (ExcelJS from a file, Office.js from the open workbook); core parses it.
 */

/** A cell's content as a spreadsheet holds it; formulas are represented by their computed result. */
export type CellData =
  | null
  | string
  | number
  | boolean
  /** A formula error such as #DIV/0! or #REF!. */
  | { readonly error: string }
  /** A date (Excel stores dates as numbers; readers that know the cell's format give a date). */
  | { readonly date: string };

/** A cell of a table: where it is (sheet and A1 address, so it is its own reference) and what it holds. */
export interface SnapshotCell {
  readonly sheet: string;
  /** A1 address on the sheet. */
  readonly cell: string;
  readonly value: CellData;
  /** The formula, without "=", when the cell holds one. */
  readonly formula?: string;
}

export interface SnapshotTable {
  readonly name: string;
  readonly sheet: string;
  /** Header texts as they stand, in column order. */
  readonly headers: readonly string[];
  /** Addresses of the header cells, in column order. */
  readonly headerAddresses: readonly string[];
  readonly rows: readonly (readonly SnapshotCell[])[];
}

export interface SnapshotSheet {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
}

export interface Snapshot {
  readonly sheets: readonly SnapshotSheet[];
  readonly tables: readonly SnapshotTable[];
  /**
   * Cells outside every table that hold something (a note typed beneath a table, a sheet's own text), read only
   * when a use case asks for them (`readSnapshot({ outsideTables: true })`): how an upgrade keeps them.
   */
  readonly cells?: readonly SnapshotCell[];
}

/** True where a cell holds nothing (empty, or text of spaces only). */
export const isEmptyCell = (value: CellData): boolean =>
  value === null || (typeof value === "string" && value.trim() === "");

/** A cell's content as a person would read it in a message. */
export const describeCell = (value: CellData): string => {
  if (value === null) return "an empty cell";
  if (typeof value === "string")
    return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value).toUpperCase();
  if ("error" in value) return value.error;
  return `the date ${value.date}`;
};

/** A cell's content as trimmed text: "" for an empty cell, an error's code, a date's ISO form. */
export const cellText = (value: CellData | undefined): string =>
  value === null || value === undefined
    ? ""
    : typeof value === "object"
      ? "error" in value
        ? value.error
        : value.date
      : String(value).trim();

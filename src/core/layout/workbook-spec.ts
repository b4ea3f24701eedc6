/**
 * A workbook described as data, decided completely before anything is written, so that an adapter
 * (ExcelJS or Office.js) can write each sheet in one batch and never has to decide anything itself.
 * Addresses are A1 strings on the sheet they belong to.
 */

/** A live Excel formula (without the leading "="). */
export interface Formula {
  readonly formula: string;
}

export type CellValue = string | number | boolean | null | Formula;

export const isFormula = (value: unknown): value is Formula =>
  typeof value === "object" && value !== null && "formula" in value;

/** A data-validation rule: a dropdown, or a number range. */
export type ValidationRule =
  | { readonly kind: "list"; readonly values: readonly string[]; readonly prompt?: string }
  /** A dropdown whose choices are the cells of a range, e.g. "'ITU-D Outputs'!$A$2:$A$32" (no 255-character limit). */
  | { readonly kind: "listRange"; readonly source: string; readonly prompt?: string }
  | {
      readonly kind: "decimal";
      readonly min?: number;
      readonly max?: number;
      readonly prompt?: string;
    }
  | {
      readonly kind: "whole";
      readonly min?: number;
      readonly max?: number;
      readonly prompt?: string;
    };

export interface ColumnSpec {
  /** The header text: part of the workbook format, never changed without a format version bump. */
  readonly header: string;
  readonly width: number;
  /**
   * What the cells hold: plan text and formulas are locked (read-only under sheet protection);
   * entry cells are open for officers to type in and look like input cells.
   */
  readonly role: "plan" | "entry" | "computed";
  readonly wrap?: boolean;
  readonly numFmt?: string;
  /** A rule for every data cell of the column. */
  readonly validation?: ValidationRule;
}

/** An Excel table (ListObject): header row at `ref`'s first row, then one row per entry. */
export interface TableSpec {
  readonly name: string;
  /** The whole table, header included, e.g. "A1:V42". */
  readonly ref: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellValue[])[];
}

export type TextStyle = "title" | "heading" | "body" | "note";

/** A cell outside any table (an instructions text, a key/value pair). */
export interface TextCell {
  readonly address: string;
  readonly value: CellValue;
  readonly style: TextStyle;
}

/** A validation rule for a block of cells that differs from the column's rule (a KPI row's own value type). */
export interface RangeValidation {
  readonly range: string;
  readonly rule: ValidationRule;
}

export interface SheetSpec {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  readonly tables: readonly TableSpec[];
  readonly cells: readonly TextCell[];
  readonly validations: readonly RangeValidation[];
  /** Column widths for sheets without tables, in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Protect the sheet (no password), so locked cells are read-only and unlocked cells stay open. */
  readonly protect: boolean;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly tabColor?: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Document properties: title and subject show in Excel's File > Info. */
  readonly properties: { readonly title: string; readonly subject: string };
}

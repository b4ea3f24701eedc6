import { CellValue, isFormula } from "../../core/layout";
import type { CellData } from "../../core/snapshot";

/**
 * Excel treats text written through the API as if typed: "12%" becomes 0.12, "2013-01-05" a date, "=..." a
 * formula. Text that could be read so is written with a leading apostrophe, which keeps it text (Excel drops
 * the apostrophe from the value), as the .xlsx adapter keeps it.
 */
const TYPED_AS_SOMETHING_ELSE = /^\s*[-+=@'#$€£(\d.]|^\s*(true|false)\s*$/i;

/** A spec's cell value as Range.formulas takes it: "" clears, "=..." is a formula, risky text keeps its apostrophe. */
export const toExcelInput = (value: CellValue): string | number | boolean => {
  if (value === null) return "";
  if (isFormula(value)) return `=${value.formula}`;
  if (typeof value === "string" && TYPED_AS_SOMETHING_ELSE.test(value)) return `'${value}`;
  return value;
};

const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** A value as Range.values gives it, as CellData: "" is an empty cell, an error literal a formula error. */
export const fromExcelValue = (value: unknown): CellData => {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return ERRORS.has(value) ? { error: value } : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
};

/** The formula of a cell as Range.formulas gives it, without "=", or undefined for a constant. */
export const formulaOf = (formula: unknown): string | undefined =>
  typeof formula === "string" && formula.startsWith("=") && formula.length > 1
    ? formula.slice(1)
    : undefined;

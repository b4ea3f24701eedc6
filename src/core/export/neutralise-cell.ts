/** What a spreadsheet reads as the start of a formula when it opens text: =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes text safe to put in a cell of a CSV or text export: text a spreadsheet would run as a formula
 * (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3`) gets a leading single quote, as OWASP recommends, so Excel and
 * LibreOffice show it as the text it was. Everything else is returned as it is.
 * @example neutraliseCell("=1+1") // "'=1+1"
 */
export const neutraliseCell = (text: string): string =>
  FORMULA_START.test(text) ? `'${text}` : text;

import { WORKBOOK_LIMITS } from "../snapshot";

/**
 * Text cut to what one cell holds (32,767 characters), marked where it was cut: for the text we write
 * ourselves (a finding's message quoting a cell), so that no command writes a cell Excel cannot open. What
 * officers entered never needs it: workbooks and plans past the limit are refused when read.
 */
export const fitCell = (text: string): string =>
  text.length <= WORKBOOK_LIMITS.cellChars
    ? text
    : `${text.slice(0, WORKBOOK_LIMITS.cellChars - 40)}… (cut: ${text.length.toLocaleString("en-US")} characters)`;

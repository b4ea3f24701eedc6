import { neutraliseCell } from "./neutralise-cell";

const quoted = (field: string): string =>
  /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;

/**
 * Rows as CSV (RFC 4180: commas, CRLF, quotes doubled) that Excel opens as the text it holds: a byte-order
 * mark so Arabic and Chinese are read as UTF-8, and every field neutralised against formula injection.
 */
export const csvTable = (rows: readonly (readonly string[])[]): string =>
  `\ufeff${rows.map((row) => row.map((f) => quoted(neutraliseCell(f))).join(",")).join("\r\n")}\r\n`;

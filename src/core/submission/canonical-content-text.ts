import type { ReportMeta } from "../report";
import type { Snapshot } from "../snapshot";
import {
  canonicalText,
  cellsOf,
  compareCodePoints,
  coveredContent,
  type CoveredContent,
  NEEDS_ESCAPE,
  valueJson,
} from "./canonical-content";
import { utf8Bytes } from "./utf8-bytes";
import { Utf8Writer, utf8Text } from "./utf8-writer";

/** Text whose UTF-16 order is not its code point order: U+D800 and above. */
const HIGH_UNITS = /[\ud800-\uffff]/;

const compareUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The indexes of `keys` in the order of their texts, or undefined where two are the same text. */
const orderOf = (
  keys: readonly string[],
  compare: (a: string, b: string) => number
): number[] | undefined => {
  const order = Array.from(keys.keys()).sort((x, y) => compare(keys[x]!, keys[y]!));
  for (let i = 1; i < order.length; i++)
    if (keys[order[i - 1]!] === keys[order[i]!]) return undefined;
  return order;
};

/**
 * The canonical text's UTF-8 bytes (docs/submission-format.md: every cell's line, sorted by code point), byte for
 * byte those of canonicalText of its cells, written straight into one buffer, without sorting the lines
 * themselves or making a string of each. A line is `[table,row,column,value]` with the three names as JSON
 * strings, and no JSON string is a prefix of another (its only unescaped quote is its last character): so where
 * no table, no row within a table and no column within a table repeats, the lines sort as their tables, then
 * rows, then columns do, and the value never decides. The names are sorted (a few dozen tables and columns, a row
 * id per row), and the lines written in that order; where a name repeats (a row id written `X (2)` beside two
 * rows `X`), every line is sorted as canonicalText sorts them.
 */
export const contentBytes = (content: readonly CoveredContent[]): Uint8Array => {
  const tables = content.map((t) => valueJson(t.table));
  const columns = content.map((t) => t.columns.map(valueJson));
  const rows = content.map((t) => t.rows.map((r) => valueJson(r.key)));
  const high = [tables, ...columns, ...rows].some((names) => names.some((n) => HIGH_UNITS.test(n)));
  const compare = high ? compareCodePoints : compareUnits;
  const tableOrder = orderOf(tables, compare);
  const columnOrders = columns.map((names) => orderOf(names, compare));
  const rowOrders = rows.map((names) => orderOf(names, compare));
  if (!tableOrder || columnOrders.includes(undefined) || rowOrders.includes(undefined))
    return utf8Bytes(canonicalText(cellsOf(content)));

  const out = new Utf8Writer(sizeOf(content, tables, columns, rows));
  for (const t of tableOrder) {
    const tableRows = content[t]!.rows;
    const columnOrder = columnOrders[t]!;
    // Each column's JSON and the comma after it, in the order the lines sort.
    const columnNames = columnOrder.map((c) => `${columns[t]![c]!},`);
    const rowNames = rows[t]!;
    for (const r of rowOrders[t]!) {
      const values = tableRows[r]!.values;
      // The line's start, `[table,row,`, written once per row and copied for each further cell.
      const from = out.length;
      out.ascii(OPEN);
      out.text(tables[t]!);
      out.ascii(COMMA);
      out.text(rowNames[r]!);
      out.ascii(COMMA);
      const to = out.length;
      for (let i = 0; i < columnOrder.length; i++) {
        if (i > 0) out.copy(from, to);
        out.text(columnNames[i]!);
        const value = values[columnOrder[i]!] ?? null;
        if (typeof value === "string" && !NEEDS_ESCAPE.test(value)) {
          out.ascii(QUOTE);
          out.text(value);
          out.ascii(QUOTE);
        } else out.text(valueJson(value));
        out.ascii(CLOSE);
        out.ascii(LINE_FEED);
      }
    }
  }
  return out.bytes();
};

/**
 * About how many bytes the text takes (its characters, a number counted as 24), so that the writer's buffer is
 * sized once rather than grown and copied a few times: some 11 MB for a workbook of 10,000 KPIs.
 */
const sizeOf = (
  content: readonly CoveredContent[],
  tables: readonly string[],
  columns: readonly (readonly string[])[],
  rows: readonly (readonly string[])[]
): number => {
  let size = 1024;
  content.forEach((t, i) => {
    const n = t.columns.length;
    const names = columns[i]!.reduce((sum, c) => sum + c.length, 0);
    const line = tables[i]!.length + 6;
    t.rows.forEach((row, r) => {
      size += n * (line + rows[i]![r]!.length) + names;
      for (const v of row.values) size += typeof v === "string" ? v.length + 2 : 24;
    });
  });
  return size;
};

const [OPEN, CLOSE, COMMA, QUOTE, LINE_FEED] = [0x5b, 0x5d, 0x2c, 0x22, 0x0a];

/** How many canonical cells the content holds: what a stamp records as `canonicalCells`. */
export const contentCells = (content: readonly CoveredContent[]): number =>
  content.reduce((n, t) => n + t.rows.length * t.columns.length, 0);

/**
 * A workbook's canonical text, its UTF-8 bytes (what the hash is taken over) and how many cells it holds, from
 * its snapshot: what submit hashes and records, without one object or string per cell.
 */
export const canonicalContent = (
  snapshot: Snapshot,
  meta: ReportMeta
): { readonly text: string; readonly bytes: Uint8Array; readonly cells: number } => {
  const content = coveredContent(snapshot, meta);
  const bytes = contentBytes(content);
  // The text holds no lone surrogate (JSON escapes them), so its bytes decode to it exactly.
  return { text: utf8Text(bytes), bytes, cells: contentCells(content) };
};

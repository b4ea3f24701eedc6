import {
  DEFAULT_LANGUAGE,
  englishResourceHeader,
  GOALS_SHEET,
  GOALS_TABLE,
  headerText,
  type LabelSet,
  labelsIn,
  LANGUAGES,
  recogniseHeader,
  SECTOR_SHEET_KINDS,
  SectorSheetKind,
  sectorSheetName,
  sectorTableName,
} from "../format";
import {
  objectiveResourcesSheetName,
  objectiveResourcesTableName,
  resourcesSheetName,
  resourcesTableName,
} from "../layout/resource-columns";
import type { CellRef } from "../findings";
import type { ReportMeta } from "../report";
import type { CellData, Snapshot, SnapshotCell, SnapshotTable } from "../snapshot";
import { digestSha256 } from "./digest-sha256";
import { utf8Bytes } from "./utf8-bytes";

/** A cell's value in the canonical form: what a re-save by Excel or LibreOffice leaves as it was. */
export type CanonicalValue =
  null | string | number | boolean | { readonly error: string } | { readonly date: string };

/** One cell of the reported content, keyed by table, row id and column (docs/submission-format.md). */
export interface CanonicalCell {
  /** `_workbook`, or `<sector> Objectives|Outputs|Results|KPIs`: the table as the format names it, whatever its sheet is called now. */
  readonly table: string;
  /** The row's stable id: a KPI, output or objective id, or a Table X.2 item key. */
  readonly row: string;
  /** The column's header. */
  readonly column: string;
  readonly value: CanonicalValue;
  /** Where the cell is in the workbook it was read from; not part of the hash. */
  readonly at: CellRef | null;
}

/** The name of the canonical form and its version, recorded in every stamp. */
export const CANONICAL_FORM = "kpi-reporter-canonical-2";

/**
 * A cell's value in canonical form: empty text is null; other text is kept exactly, except that CR LF and CR
 * become LF; numbers are rounded to 15 significant digits (what Excel keeps exact), and -0 is 0.
 */
export const canonicalValue = (value: CellData): CanonicalValue => {
  if (value === null) return null;
  if (typeof value === "string") {
    const text = value.replace(/\r\n?/g, "\n");
    return text === "" ? null : text;
  }
  if (typeof value === "number") {
    const rounded = Number(value.toPrecision(15));
    return rounded === 0 ? 0 : rounded;
  }
  if (typeof value === "boolean") return value;
  return "error" in value ? { error: value.error } : { date: value.date };
};

/** Row ids made unique within a table: a repeated id gets " (2)", " (3)", ... in row order. */
const uniqueIds = (): ((id: string) => string) => {
  const seen = new Map<string, number>();
  return (id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id} (${n})`;
  };
};

/**
 * The columns a spreadsheet program computes (the KPI table's `Progress <year>` and `Status <year>` formulas):
 * the only columns of the reporting tables the hash leaves out. No output reads them: the annex, the matrix
 * and consolidation compute status from the covered cells and the plan's bands.
 */
export const isComputedColumn = (header: string): boolean =>
  recogniseHeader(header, ["progress", "status"]) !== undefined;

const startsWith =
  (...prefixes: readonly string[]) =>
  (header: string): boolean => {
    const h = header.trim().toLowerCase();
    return prefixes.some((p) => h.startsWith(`${p.toLowerCase()} `));
  };

/**
 * The formula columns of the resources tables (docs/workbook-format.md, "Resources"): a Resources table's
 * `Allocated <objective>` and `Execution <year>`, and on an Objective Resources table also its `Budget <year>`
 * and `Expenditure <year>`, rolled up from the outputs. The hash covers the amounts and shares entered.
 */
const isComputedResourceColumn = startsWith("Allocated", "Execution");
const isComputedObjectiveResourceColumn = startsWith(
  "Allocated",
  "Execution",
  "Budget",
  "Expenditure"
);

/**
 * A column's name in the canonical form: a header of the format by its English text whatever language the
 * workbook is written in (so the hash does not depend on it), any other header as written, trimmed.
 */
const columnName = (header: string): string => {
  const known = recogniseHeader(header, COLUMN_KEYS);
  return known ? headerText(known.key, DEFAULT_LANGUAGE, known.year) : header.trim();
};

/** A resources table's column name in the canonical form: its per-year and per-label headers in English too. */
const resourceColumnName = (header: string): string => {
  const known = recogniseHeader(header, COLUMN_KEYS);
  return known
    ? headerText(known.key, DEFAULT_LANGUAGE, known.year)
    : englishResourceHeader(header);
};

const COLUMN_KEYS = [
  "goalId",
  "goal",
  "title",
  "text",
  "objectiveId",
  "number",
  "objective",
  "shortTitle",
  "outputId",
  "output",
  "note",
  "kind",
  "itemId",
  "kpiId",
  "kpi",
  "measure",
  "direction",
  "unit",
  "baselineYear",
  "baseline",
  "target",
  "actual",
  "dataNote",
  "assessment",
  "evidence",
] as const;

/** A reporting table the hash covers: its name in the canonical form, its Excel table name, how its rows are keyed. */
interface CoveredTable {
  readonly table: string;
  readonly name: string;
  /** The header of the column whose id keys each row, or "results" for Table X.2's items. */
  readonly key: string;
  /** The columns a spreadsheet program computes (by canonical name), left out of the hash. */
  readonly computed: (header: string) => boolean;
  /** A header's canonical name: the English text of a header of the format, whatever the workbook's language. */
  readonly column: (header: string) => string;
}

const KEY_COLUMNS: Readonly<Record<SectorSheetKind, string>> = {
  Objectives: "Objective ID",
  Outputs: "Output ID",
  Results: "results",
  KPIs: "KPI ID",
};

/**
 * The reporting workbook's tables, in workbook order: Goals, then per sector its four tables and its two
 * resources tables (Resources, Objective Resources: where the workbook has them).
 */
export const coveredTables = (sectors: readonly string[]): CoveredTable[] => [
  {
    table: GOALS_SHEET,
    name: GOALS_TABLE,
    key: "Goal ID",
    computed: isComputedColumn,
    column: columnName,
  },
  ...sectors.flatMap((id) => [
    ...SECTOR_SHEET_KINDS.map((kind) => ({
      table: sectorSheetName({ id }, kind),
      name: sectorTableName({ id }, kind),
      key: KEY_COLUMNS[kind],
      computed: isComputedColumn,
      column: columnName,
    })),
    {
      table: resourcesSheetName({ id }),
      name: resourcesTableName({ id }),
      key: "Output ID",
      computed: isComputedResourceColumn,
      column: resourceColumnName,
    },
    {
      table: objectiveResourcesSheetName({ id }),
      name: objectiveResourcesTableName({ id }),
      key: "Objective ID",
      computed: isComputedObjectiveResourceColumn,
      column: resourceColumnName,
    },
  ]),
];

const norm = (header: string): string => header.trim().replace(/\s+/g, " ").toLowerCase();

const idText = (cell: SnapshotCell | undefined): string => {
  const v = cell === undefined ? null : canonicalValue(cell.value);
  return v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v).trim();
};

/**
 * Table X.2's items have no id of their own but expected results: `<objective id> Objective` for an objective
 * row, `<objective id> Output <n>` for its n-th output row (from 1), the Item ID for an expected result.
 */
const resultsKey = (headers: readonly string[]): ((row: readonly SnapshotCell[]) => string) => {
  const at = (h: string): number => headers.findIndex((x) => norm(columnName(x)) === norm(h));
  const [objective, kind, item] = [at("Objective ID"), at("Kind"), at("Item ID")];
  const outputs = new Map<string, number>();
  return (row) => {
    const objectiveId = idText(row[objective]);
    const written = idText(row[kind]);
    // The row's kind in English whatever the workbook's language ("Produit" is an Output row).
    const k = englishWord("kind", written) ?? written;
    const itemId = idText(row[item]);
    if (k.toLowerCase() === "expected result" && itemId !== "") return itemId;
    if (k.toLowerCase() === "output") {
      const n = (outputs.get(objectiveId) ?? 0) + 1;
      outputs.set(objectiveId, n);
      return `${objectiveId} Output ${n}`;
    }
    return `${objectiveId} ${k}`;
  };
};

/**
 * The dropdown words of the reporting tables by canonical column: a word of the set written exactly as one of the
 * six languages writes it is hashed as its English word, so that the hash does not depend on the workbook's
 * language; any other text (English, or an officer's own spelling) as it is.
 */
const WORD_COLUMNS: readonly [RegExp, LabelSet][] = [
  [/^Measure$/, "measure"],
  [/^Direction$/, "direction"],
  [/^Data note$/, "dataNote"],
  [/^Kind$/, "kind"],
  [/^Assessment \d{4}$/, "assessment"],
  [/^(Baseline|Target \d{4}|Actual \d{4})$/, "answer"],
];

const wordTables = new Map<LabelSet, ReadonlyMap<string, string>>();

/** The English word of a set for a word written exactly as one of the six languages writes it; else undefined. */
const englishWord = (set: LabelSet, text: string): string | undefined => {
  let table = wordTables.get(set);
  if (!table) {
    const english = labelsIn(set, "en") as Readonly<Record<string, string>>;
    const map = new Map<string, string>();
    for (const language of LANGUAGES)
      for (const [code, word] of Object.entries<string>(labelsIn(set, language)))
        if (!map.has(word)) map.set(word, english[code] ?? word);
    table = map;
    wordTables.set(set, table);
  }
  return table.get(text);
};

const wordSetOf = (column: string): LabelSet | undefined =>
  WORD_COLUMNS.find(([pattern]) => pattern.test(column))?.[1];

/** One row of a covered table that holds something: its unique id, its cells as read, its canonical values. */
export interface CoveredRow {
  readonly key: string;
  /** The row's cells as read (index by CoveredContent.at); empty for the metadata row. */
  readonly cells: readonly SnapshotCell[];
  /** One canonical value per column of CoveredContent.columns, in that order. */
  readonly values: readonly CanonicalValue[];
}

/**
 * The covered cells of one table, row by row: what the hash takes of it, without one object per cell (a
 * workbook of 10,000 KPIs has some 230,000 cells: canonicalText reads these rows, canonicalCells spreads them).
 */
export interface CoveredContent {
  /** The table's name in the canonical form (`_workbook` for the metadata). */
  readonly table: string;
  /** Each covered column's canonical name, in table order. */
  readonly columns: readonly string[];
  /** Each covered column's index in a row's cells. */
  readonly at: readonly number[];
  /** The rows with any covered cell not empty, in table order. */
  readonly rows: readonly CoveredRow[];
}

/** The covered rows of one table, keyed by id, its columns by header text. */
const tableContent = (covered: CoveredTable, table: SnapshotTable): CoveredContent => {
  const headers = table.headers.map((h) => h.trim());
  const unique = uniqueIds();
  const columns = headers
    .map((header, i) => ({ header: unique(covered.column(header)), i }))
    .filter((c) => !covered.computed(c.header))
    .map((c) => ({ ...c, words: wordSetOf(c.header) }));
  const keyAt = headers.findIndex((h) => covered.column(h) === covered.key);
  const keyOf =
    covered.key === "results"
      ? resultsKey(headers)
      : (row: readonly SnapshotCell[]): string => idText(row[keyAt]);
  const rowName = uniqueIds();
  const rows: CoveredRow[] = [];
  const n = columns.length;
  for (const row of table.rows) {
    const values = new Array<CanonicalValue>(n);
    let empty = true;
    for (let j = 0; j < n; j++) {
      const c = columns[j]!;
      const cell = row[c.i];
      let value = cell === undefined ? null : canonicalValue(cell.value);
      if (c.words && typeof value === "string") value = englishWord(c.words, value) ?? value;
      if (value !== null) empty = false;
      values[j] = value;
    }
    if (empty) continue;
    rows.push({ key: rowName(keyOf(row)), cells: row, values });
  }
  return {
    table: covered.table,
    columns: columns.map((c) => c.header),
    at: columns.map((c) => c.i),
    rows,
  };
};

/**
 * The reported content of a workbook, table by table in workbook order: its metadata, then every reporting
 * table (Goals, and each sector's Objectives, Outputs, Results, KPIs and resources tables), by the table's format
 * name, the row's id and the column's header, whatever the column: plan text, link marks, entries, and any
 * column the format adds later. Only the computed columns are left out (isComputedColumn and the resources
 * tables' formulas), and sheets of our own (findings, stamp, matrix, annex), which are built from these cells.
 */
export const coveredContent = (snapshot: Snapshot, meta: ReportMeta): CoveredContent[] => {
  const content: CoveredContent[] = [
    {
      table: "_workbook",
      columns: ["planId", "planVersion", "formatVersion", "period", "sectors"],
      at: [],
      rows: [
        {
          key: "meta",
          cells: [],
          values: [
            meta.planId,
            meta.planVersion,
            meta.formatVersion,
            meta.period,
            meta.sectors.join(","),
          ],
        },
      ],
    },
  ];
  const byName = new Map(snapshot.tables.map((t) => [t.name, t]));
  for (const covered of coveredTables(meta.sectors)) {
    const table = byName.get(covered.name);
    if (table) content.push(tableContent(covered, table));
  }
  return content;
};

/** The content as canonical cells, in workbook order, each with where it is in the workbook. */
export const cellsOf = (content: readonly CoveredContent[]): CanonicalCell[] => {
  const cells: CanonicalCell[] = [];
  for (const { table, columns, at, rows } of content)
    for (const { key, cells: row, values } of rows)
      columns.forEach((column, j) => {
        const cell = row[at[j] ?? -1];
        cells.push({ table, row: key, column, value: values[j] ?? null, at: cell ?? null });
      });
  return cells;
};

/**
 * The reported content of a workbook as canonical cells, in workbook order (coveredContent): what verify
 * compares cell by cell.
 */
export const canonicalCells = (snapshot: Snapshot, meta: ReportMeta): CanonicalCell[] =>
  cellsOf(coveredContent(snapshot, meta));

/** Compares strings by Unicode code point (UTF-8 byte order), as other tools sort, not by UTF-16 unit. */
export const compareCodePoints = (a: string, b: string): number => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
};

// Surrogates (U+D800-DFFF) encode code points above U+FFFF, so they rank after U+E000-FFFF.
const codePointRank = (unit: number): number =>
  unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit;

/** One line of the canonical text: a JSON array [table, row, column, value] and a line feed. */
export const canonicalLine = (
  c: Pick<CanonicalCell, "table" | "row" | "column" | "value">
): string => `${JSON.stringify([c.table, c.row, c.column, c.value])}\n`;

/** Text JSON.stringify writes other than as it is: quotes, backslashes, control characters, surrogates. */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
export const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Text whose UTF-16 order is not its code point order: U+D800 and above. */
const HIGH_UNITS = /[\ud800-\uffff]/;

/**
 * The JSON of a canonical value, exactly as JSON.stringify writes it, without calling it for the common cases:
 * text with nothing to escape (between quotes as it is), finite numbers, booleans and null.
 */
export const valueJson = (value: CanonicalValue): string => {
  if (typeof value === "string")
    return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  return JSON.stringify(value);
};

/**
 * The lines of the canonical text (canonicalLine of each cell, byte for byte), and whether any holds a unit
 * U+D800 or above: the JSON of table and column names (a few dozen distinct ones) made once each, a row's id
 * once per run of cells in the same row, values by valueJson.
 */
export const canonicalLines = (
  cells: readonly Pick<CanonicalCell, "table" | "row" | "column" | "value">[]
): { readonly lines: string[]; readonly high: boolean } => {
  const names = new Map<string, string>();
  let high = false;
  const name = (text: string): string => {
    let json = names.get(text);
    if (json === undefined) {
      json = JSON.stringify(text);
      names.set(text, json);
      if (HIGH_UNITS.test(json)) high = true;
    }
    return json;
  };
  let lastRow: string | undefined;
  let rowJson = "";
  const lines = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.row !== lastRow) {
      lastRow = c.row;
      rowJson = JSON.stringify(c.row);
      if (!high && HIGH_UNITS.test(rowJson)) high = true;
    }
    const value = valueJson(c.value);
    if (!high && typeof c.value !== "number" && c.value !== null && HIGH_UNITS.test(value))
      high = true;
    lines[i] = `[${name(c.table)},${rowJson},${name(c.column)},${value}]\n`;
  }
  return { lines, high };
};

/** The canonical text that the content hash is taken over: every cell's line, sorted by code point. */
export const canonicalText = (
  cells: readonly Pick<CanonicalCell, "table" | "row" | "column" | "value">[]
): string => {
  const { lines, high } = canonicalLines(cells);
  // UTF-16 order (the engine's own sort) is code point order unless a line holds U+D800 or above.
  return (high ? lines.sort(compareCodePoints) : lines.sort()).join("");
};

/** The SHA-256, as 64 lowercase hex digits, of a canonical text's UTF-8 bytes. */
export const textHash = (text: string): Promise<string> => digestSha256(utf8Bytes(text));

/** The SHA-256, as 64 lowercase hex digits, of the canonical text's UTF-8 bytes. */
export const contentHash = (
  cells: readonly Pick<CanonicalCell, "table" | "row" | "column" | "value">[]
): Promise<string> => textHash(canonicalText(cells));

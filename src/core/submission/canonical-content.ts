import { HeaderKey, headerText, Language } from "../format";
import { budgetHeader, expenditureHeader, shareHeader } from "../layout/resource-columns";
import type { Field, LinkCell, Report, SectorReport } from "../report";
import type { CellRef } from "../findings";
import type { CellData } from "../snapshot";
import { sha256Hex } from "./sha256";
import { utf8Bytes } from "./utf8-bytes";

/**
 * The canonical form names columns by their English headers whatever language a workbook is written in, so that
 * a hash does not depend on it (docs/submission-format.md).
 */
const CANONICAL_LANGUAGE: Language = "en";

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
export const CANONICAL_FORM = "kpi-reporter-canonical-1";

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

// A Field is its own CellRef: no object per cell (a workbook may have 100,000 KPI rows).
const at = (field: Field): CellRef | null => (field.cell === null ? null : field);

const cell = (table: string, row: string, column: string, field: Field): CanonicalCell => ({
  table,
  row,
  column,
  value: canonicalValue(field.value),
  at: at(field),
});

const linkCells = (
  table: string,
  rows: readonly { readonly id: string; readonly links: readonly LinkCell[] }[]
): CanonicalCell[] => {
  const unique = uniqueIds();
  return rows.flatMap((r) => {
    const row = unique(r.id);
    return r.links.map((link) => cell(table, row, link.column, link));
  });
};

const sectorCells = (sector: SectorReport): CanonicalCell[] => {
  const name = (kind: string): string => `${sector.id} ${kind}`;
  const objectives = linkCells(
    name("Objectives"),
    (sector.objectives ?? []).map((o) => ({ id: o.id, links: o.goals }))
  );
  const outputs = linkCells(
    name("Outputs"),
    (sector.outputs ?? []).map((o) => ({ id: o.id, links: o.objectives }))
  );
  const resultKey = uniqueIds();
  const outputNumber = new Map<string, number>();
  const results = (sector.results ?? []).map((item) => {
    const objective = canonicalValue(item.objective.value);
    const objectiveId = typeof objective === "string" ? objective.trim() : "";
    let key: string;
    if (item.kind === "Expected result" && item.itemId !== "") key = item.itemId;
    else if (item.kind === "Output") {
      const n = (outputNumber.get(objectiveId) ?? 0) + 1;
      outputNumber.set(objectiveId, n);
      key = `${objectiveId} Output ${n}`;
    } else key = `${objectiveId} ${item.kind}`;
    return cell(
      name("Results"),
      resultKey(key),
      headerText("text", CANONICAL_LANGUAGE),
      item.textField
    );
  });
  const kpiKey = uniqueIds();
  const kpis = (sector.kpis ?? []).flatMap((kpi) => {
    const row = kpiKey(kpi.id);
    const c = (key: HeaderKey, field: Field, year?: number): CanonicalCell =>
      cell(name("KPIs"), row, headerText(key, CANONICAL_LANGUAGE, year), field);
    return [
      c("objectiveId", kpi.objective),
      c("outputId", kpi.output),
      c("baselineYear", kpi.baselineYear),
      c("baseline", kpi.baseline),
      ...kpi.years.flatMap((y) => [c("target", y.target, y.year), c("actual", y.actual, y.year)]),
      c("dataNote", kpi.dataNote),
      c("evidence", kpi.evidence),
    ];
  });
  const resourceKey = uniqueIds();
  const resources = (sector.outputResources ?? []).flatMap((r) => {
    const row = resourceKey(r.id);
    return [
      ...r.years.flatMap((y) => [
        cell(name("Resources"), row, budgetHeader(y.year), y.budget),
        cell(name("Resources"), row, expenditureHeader(y.year), y.expenditure),
      ]),
      ...r.shares.map((s) => cell(name("Resources"), row, shareHeader(s.label), s)),
    ];
  });
  const objectiveKey = uniqueIds();
  const objectiveResources = (sector.objectiveResources ?? []).flatMap((r) => {
    const row = objectiveKey(r.id);
    return r.shares.map((s) => cell(name("Objective Resources"), row, shareHeader(s.label), s));
  });
  return [...objectives, ...outputs, ...results, ...kpis, ...resources, ...objectiveResources];
};

/**
 * The reported content of a workbook as canonical cells, in workbook order: its metadata, then per sector the
 * link marks (objectives x goals, outputs x objectives), Table X.2's text, and every KPI's entry cells.
 * Plan text, computed columns and sheets of our own (findings, stamp) are left out: they are not what an
 * officer reports, and a spreadsheet program recomputes formulas on save.
 */
export const canonicalCells = (report: Report): CanonicalCell[] => {
  const meta = (column: string, value: CanonicalValue): CanonicalCell => ({
    table: "_workbook",
    row: "meta",
    column,
    value,
    at: null,
  });
  return [
    meta("planId", report.meta.planId),
    meta("planVersion", report.meta.planVersion),
    meta("formatVersion", report.meta.formatVersion),
    meta("period", report.meta.period),
    meta("sectors", report.meta.sectors.join(",")),
    ...report.sectors.flatMap(sectorCells),
  ];
};

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

/** canonicalLine, with the JSON of table and column names (a few dozen distinct ones) made once each. */
const lineWriter = (): ((
  c: Pick<CanonicalCell, "table" | "row" | "column" | "value">
) => string) => {
  const names = new Map<string, string>();
  const name = (text: string): string => {
    let json = names.get(text);
    if (json === undefined) {
      json = JSON.stringify(text);
      names.set(text, json);
    }
    return json;
  };
  return (c) =>
    `[${name(c.table)},${JSON.stringify(c.row)},${name(c.column)},${JSON.stringify(c.value)}]\n`;
};

/** The canonical text that the content hash is taken over: every cell's line, sorted by code point. */
export const canonicalText = (
  cells: readonly Pick<CanonicalCell, "table" | "row" | "column" | "value">[]
): string => {
  const lines = cells.map(lineWriter());
  // UTF-16 order (the engine's own sort) is code point order unless a line holds U+D800 or above.
  return (
    lines.some((l) => /[\ud800-\uffff]/.test(l)) ? lines.sort(compareCodePoints) : lines.sort()
  ).join("");
};

/** The SHA-256, as 64 lowercase hex digits, of the canonical text's UTF-8 bytes. */
export const contentHash = (
  cells: readonly Pick<CanonicalCell, "table" | "row" | "column" | "value">[]
): string => sha256Hex(utf8Bytes(canonicalText(cells)));

import {
  headerText,
  type HeaderKey,
  type Language,
  objectiveResourcesSheetName,
  recogniseHeader,
  recogniseResourceHeader,
  resourcesSheetName,
  sheetNamesInEveryLanguage,
} from "../format";
import { objectiveResourcesTableName, resourcesTableName } from "../layout/resource-columns";
import { isEmptyCell, SnapshotCell, SnapshotTable } from "../snapshot";
import type { CellRef } from "../findings";
import { hasColumns, noteRenamedSheet } from "./locate-table";
import type { ReadContext } from "./read-context";
import type { Field } from "./report";
import type {
  AmountYear,
  ObjectiveResourceRow,
  OutputResourceRow,
  ShareCell,
} from "./resource-rows";

/** A resources table as found, with where its id column and its year columns are, by header in any language. */
interface LocatedResources {
  readonly table: SnapshotTable;
  /** The position of the id column (Output ID, Objective ID in any of the six languages). */
  readonly idAt: number;
  /** The position of a year's budget or expenditure column, or -1. */
  amountAt(kind: "budget" | "expenditure", year: number): number;
  /** The years of the budget and expenditure columns, in the order they stand. */
  readonly years: readonly number[];
}

/**
 * A resources table by name, with its columns by header text in any of the six languages; null (and no finding)
 * where the workbook has none, as one made before resources; a renamed sheet or a missing id column is one
 * finding, as for every table.
 */
const locate = (
  context: ReadContext,
  tableName: string,
  sheetName: (language: Language) => string,
  idKey: HeaderKey
): LocatedResources | null => {
  const table = context.snapshot.tables.find((t) => t.name === tableName);
  if (!table) return null;
  // A sheet of any of the six names is not renamed; a renamed one is named in English in the finding.
  noteRenamedSheet(context, table, sheetName("en"), sheetNamesInEveryLanguage(sheetName));
  const idAt = table.headers.findIndex((h) => recogniseHeader(h, [idKey])?.key === idKey);
  if (!hasColumns(context, table, idAt < 0 ? [headerText(idKey)] : [])) return null;
  const amounts = new Map<string, number>();
  const years: number[] = [];
  table.headers.forEach((h, i) => {
    const known = recogniseResourceHeader(h);
    if (!known || !("year" in known) || known.kind === "execution") return;
    if (!amounts.has(`${known.kind} ${known.year}`)) amounts.set(`${known.kind} ${known.year}`, i);
    if (!years.includes(known.year)) years.push(known.year);
  });
  return {
    table,
    idAt,
    amountAt: (kind, year) => amounts.get(`${kind} ${year}`) ?? -1,
    years,
  };
};

const text = (value: SnapshotCell["value"] | undefined): string =>
  typeof value === "string" || typeof value === "number" ? String(value).trim() : "";

const field = (t: SnapshotTable, row: readonly SnapshotCell[], col: number): Field =>
  (col >= 0 ? row[col] : undefined) ?? { value: null, sheet: t.sheet, cell: null };

const dataRows = (t: SnapshotTable): (readonly SnapshotCell[])[] =>
  t.rows.filter((row) => row.some((c) => !isEmptyCell(c.value)));

const shareCells = (t: SnapshotTable, row: readonly SnapshotCell[]): ShareCell[] =>
  t.headers.flatMap((header, i) => {
    const known = recogniseResourceHeader(header);
    return known?.kind === "share" ? [{ ...field(t, row, i), label: known.label }] : [];
  });

/** A resources table's rows (its empty ones skipped), each with its id, where the id is, and its shares. */
const rowsById = <R>(
  located: LocatedResources,
  more: (row: readonly SnapshotCell[]) => R
): ({ readonly id: string; readonly at: CellRef; readonly shares: ShareCell[] } & R)[] =>
  dataRows(located.table).map((row) => {
    const id = field(located.table, row, located.idAt);
    return {
      id: text(id.value),
      at: { sheet: id.sheet, cell: id.cell },
      ...more(row),
      shares: shareCells(located.table, row),
    };
  });

/**
 * A sector's resources tables (docs/workbook-format.md, "Resources"): money per output and shares per objective.
 * A workbook made before resources has neither table: that is no finding, and both come back null.
 */
export const readResourceTables = (
  context: ReadContext,
  sectorId: string
): {
  readonly outputResources: OutputResourceRow[] | null;
  readonly objectiveResources: ObjectiveResourceRow[] | null;
} => {
  const sector = { id: sectorId };
  const rc = locate(
    context,
    resourcesTableName(sector),
    (language) => resourcesSheetName(sector, language),
    "outputId"
  );
  const outputResources = rc
    ? rowsById(rc, (row) => ({
        years: rc.years.map((year): AmountYear => ({
          year,
          budget: field(rc.table, row, rc.amountAt("budget", year)),
          expenditure: field(rc.table, row, rc.amountAt("expenditure", year)),
        })),
      }))
    : null;
  const oc = locate(
    context,
    objectiveResourcesTableName(sector),
    (language) => objectiveResourcesSheetName(sector, language),
    "objectiveId"
  );
  const objectiveResources = oc ? rowsById(oc, () => ({})) : null;
  return { outputResources, objectiveResources };
};

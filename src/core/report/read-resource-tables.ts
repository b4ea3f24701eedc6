import {
  budgetHeader,
  expenditureHeader,
  objectiveResourcesSheetName,
  objectiveResourcesTableName,
  RESOURCE_HEADERS,
  resourcesSheetName,
  resourcesTableName,
} from "../layout/resource-columns";
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

const norm = (header: string): string => header.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * A resources table by name, with its columns by header text; null (and no finding) where the workbook has none,
 * as one made before resources; a renamed sheet or a missing required column is one finding, as for every table.
 */
const locate = (
  context: ReadContext,
  tableName: string,
  sheetName: string,
  required: readonly string[]
): { readonly table: SnapshotTable; index(header: string): number } | null => {
  const table = context.snapshot.tables.find((t) => t.name === tableName);
  if (!table) return null;
  noteRenamedSheet(context, table, sheetName);
  const byHeader = new Map<string, number>();
  table.headers.forEach((h, i) => {
    if (!byHeader.has(norm(h))) byHeader.set(norm(h), i);
  });
  const index = (header: string): number => byHeader.get(norm(header)) ?? -1;
  const missing = required.filter((h) => index(h) < 0);
  if (!hasColumns(context, table, missing)) return null;
  return { table, index };
};

const text = (value: SnapshotCell["value"] | undefined): string =>
  typeof value === "string" || typeof value === "number" ? String(value).trim() : "";

const field = (t: SnapshotTable, row: readonly SnapshotCell[], col: number): Field =>
  (col >= 0 ? row[col] : undefined) ?? { value: null, sheet: t.sheet, cell: null };

const dataRows = (t: SnapshotTable): (readonly SnapshotCell[])[] =>
  t.rows.filter((row) => row.some((c) => !isEmptyCell(c.value)));

const shareCells = (t: SnapshotTable, row: readonly SnapshotCell[]): ShareCell[] =>
  t.headers.flatMap((header, i) => {
    const m = /^share\s+(.+)$/i.exec(header.trim());
    return m ? [{ ...field(t, row, i), label: (m[1] as string).trim() }] : [];
  });

/** A resources table's rows (its empty ones skipped), each with its id, where the id is, and its shares. */
const rowsById = <R>(
  located: NonNullable<ReturnType<typeof locate>>,
  idHeader: string,
  more: (row: readonly SnapshotCell[]) => R
): ({ readonly id: string; readonly at: CellRef; readonly shares: ShareCell[] } & R)[] =>
  dataRows(located.table).map((row) => {
    const id = field(located.table, row, located.index(idHeader));
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
  const rc = locate(context, resourcesTableName(sector), resourcesSheetName(sector), [
    RESOURCE_HEADERS.output,
  ]);
  const years = rc
    ? [
        ...new Set(
          rc.table.headers.flatMap(
            (h) => /^(?:budget|expenditure) (\d{4})$/i.exec(h.trim())?.[1] ?? []
          )
        ),
      ].map(Number)
    : [];
  const outputResources = rc
    ? rowsById(rc, RESOURCE_HEADERS.output, (row) => ({
        years: years.map((year): AmountYear => ({
          year,
          budget: field(rc.table, row, rc.index(budgetHeader(year))),
          expenditure: field(rc.table, row, rc.index(expenditureHeader(year))),
        })),
      }))
    : null;
  const oc = locate(
    context,
    objectiveResourcesTableName(sector),
    objectiveResourcesSheetName(sector),
    [RESOURCE_HEADERS.objective]
  );
  const objectiveResources = oc ? rowsById(oc, RESOURCE_HEADERS.objective, () => ({})) : null;
  return { outputResources, objectiveResources };
};

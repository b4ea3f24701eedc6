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
import type { Field } from "./report";
import type {
  AmountYear,
  ObjectiveResourceRow,
  OutputResourceRow,
  ShareCell,
} from "./resource-rows";

/** Finds a table by name and checks its required headers, with a finding when they are not there. */
export type LocateTable = (
  tableName: string,
  sheetName: string,
  required: readonly string[]
) => { readonly table: SnapshotTable; index(header: string): number } | null;

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

/**
 * A sector's resources tables (docs/workbook-format.md, "Resources"): money per output and shares per objective.
 * A workbook made before resources has neither table: that is no finding, and both come back null.
 */
export const readResourceTables = (
  tables: readonly SnapshotTable[],
  sectorId: string,
  locate: LocateTable
): {
  readonly outputResources: OutputResourceRow[] | null;
  readonly objectiveResources: ObjectiveResourceRow[] | null;
} => {
  const sector = { id: sectorId };
  const present = (name: string): boolean => tables.some((t) => t.name === name);
  const rc = present(resourcesTableName(sector))
    ? locate(resourcesTableName(sector), resourcesSheetName(sector), [RESOURCE_HEADERS.output])
    : null;
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
    ? dataRows(rc.table).map((row): OutputResourceRow => {
        const id = field(rc.table, row, rc.index(RESOURCE_HEADERS.output));
        return {
          id: text(id.value),
          at: { sheet: id.sheet, cell: id.cell },
          years: years.map((year): AmountYear => ({
            year,
            budget: field(rc.table, row, rc.index(budgetHeader(year))),
            expenditure: field(rc.table, row, rc.index(expenditureHeader(year))),
          })),
          shares: shareCells(rc.table, row),
        };
      })
    : null;
  const oc = present(objectiveResourcesTableName(sector))
    ? locate(objectiveResourcesTableName(sector), objectiveResourcesSheetName(sector), [
        RESOURCE_HEADERS.objective,
      ])
    : null;
  const objectiveResources = oc
    ? dataRows(oc.table).map((row): ObjectiveResourceRow => {
        const id = field(oc.table, row, oc.index(RESOURCE_HEADERS.objective));
        return {
          id: text(id.value),
          at: { sheet: id.sheet, cell: id.cell },
          shares: shareCells(oc.table, row),
        };
      })
    : null;
  return { outputResources, objectiveResources };
};

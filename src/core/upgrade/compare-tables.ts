import { isFormula, TableSpec, WorkbookSpec } from "../layout";
import { labelCode, type LabelSet } from "../format";
import type { Plan } from "../plan";
import { describeCell, isEmptyCell, Snapshot, SnapshotCell } from "../snapshot";
import { entryValue } from "../submission";
import { because, Carried, englishHeader, headerKey, NotPlaced } from "./not-placed";

const WORD_SETS: readonly LabelSet[] = [
  "measure",
  "direction",
  "answer",
  "dataNote",
  "assessment",
  "kind",
];

/** Two dropdown words that say the same in two languages ("No data" and "Aucune donnée"): one value carried. */
const sameWord = (a: unknown, b: unknown): boolean =>
  typeof a === "string" &&
  typeof b === "string" &&
  WORD_SETS.some((set) => {
    const code = labelCode(set, a);
    return code !== undefined && code === labelCode(set, b);
  });

/** A header as compared across languages: its English text, spacing and case ignored. */
const columnKey = (header: string): string => headerKey(englishHeader(header));

const idText = (cell: SnapshotCell | undefined): string => {
  const value = cell ? entryValue(cell.value) : null;
  return value === null ? "" : String(value).trim();
};

/** Rows keyed by id and occurrence ("A.kpi.1.1#0"), so that a second row with one id matches nothing. */
const keyed = <T>(ids: readonly string[], rows: readonly T[]): Map<string, T> => {
  const seen = new Map<string, number>();
  const map = new Map<string, T>();
  ids.forEach((id, i) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    const row = rows[i];
    if (row !== undefined) map.set(`${id}#${n}`, row);
  });
  return map;
};

/**
 * Checks, value by value, that a workbook about to be written keeps what the officer entered in the tables it
 * rebuilds: each non-empty entry cell (and any cell of a column or row the plan does not have) is found under the
 * same row id and column in `after`, or is reported with why not. Plan text and formulas are the plan's: not
 * compared. `renamed` maps old link headers to new ones (renamedColumns).
 */
export const compareTables = (
  before: Snapshot,
  after: WorkbookSpec,
  plan: Plan,
  renamed: ReadonlyMap<string, ReadonlyMap<string, string>>
): Carried => {
  let placed = 0;
  const notPlaced: NotPlaced[] = [];
  const newTables = after.sheets.flatMap((s) => s.tables);
  for (const table of newTables) {
    const old = before.tables.find((t) => t.name === table.name);
    if (!old) continue;
    placed += compareTable(old, table, plan, renamed.get(table.name), notPlaced);
  }
  return { placed, notPlaced };
};

const compareTable = (
  old: Snapshot["tables"][number],
  table: TableSpec,
  plan: Plan,
  rename: ReadonlyMap<string, string> | undefined,
  notPlaced: NotPlaced[]
): number => {
  let placed = 0;
  const newColumn = new Map(table.columns.map((c, i) => [columnKey(c.header), i]));
  // Goals and Results hold the plan's text alone: only a column of the user's own is theirs to keep.
  const planOnly = table.columns.every((c) => c.role !== "entry");
  const idHeader = columnKey(table.columns[0]?.header ?? "");
  const oldIdColumn = old.headers.findIndex((h) => columnKey(h) === idHeader);
  const oldRows = old.rows.filter((row) => row.some((c) => !isEmptyCell(c.value)));
  const oldIds = oldRows.map((row) => idText(row[oldIdColumn]));
  const newRows = keyed(
    table.rows.map((row) => {
      const v = row[0];
      return v === null || v === undefined || isFormula(v) ? "" : String(v).trim();
    }),
    table.rows
  );
  const oldKeys = [
    ...keyed(
      oldIds,
      oldIds.map((_, i) => i)
    ).entries(),
  ];
  for (const [key, i] of oldKeys) {
    const row = oldRows[i] ?? [];
    const id = oldIds[i] ?? "";
    const newRow = id === "" ? undefined : newRows.get(key);
    row.forEach((cell, j) => {
      if (j === oldIdColumn || isEmptyCell(cell.value)) return;
      const header = old.headers[j] ?? "";
      const english = englishHeader(header);
      const column = newColumn.get(columnKey(rename?.get(headerKey(english)) ?? english));
      const spec = column === undefined ? undefined : table.columns[column];
      const value = entryValue(cell.value);
      const lost = (why: ReturnType<typeof because>): void => {
        notPlaced.push({
          sheet: cell.sheet,
          cell: cell.cell,
          rowId: id,
          column: header,
          value,
          ...why,
        });
      };
      const columnGone = () => because("upgrade.why.columnGone", { column: header });
      if (planOnly) {
        if (column === undefined) lost(columnGone());
        return;
      }
      if (!newRow) {
        lost(
          id === ""
            ? because("upgrade.why.noRowId")
            : key.endsWith("#0")
              ? because("upgrade.why.notInPlan", { id, plan: plan.id, version: plan.version })
              : because("upgrade.why.secondRow", { id })
        );
        return;
      }
      if (spec && spec.role !== "entry") return;
      if (column === undefined) {
        lost(columnGone());
        return;
      }
      const now = newRow[column];
      if (!isFormula(now) && (now === value || sameWord(now, value))) placed += 1;
      else
        lost(
          isFormula(now)
            ? because("upgrade.why.holdsFormula")
            : now === null || now === undefined
              ? because("upgrade.why.holdsEmpty")
              : because("upgrade.why.holds", { what: describeCell(now) })
        );
    });
  }
  return placed;
};

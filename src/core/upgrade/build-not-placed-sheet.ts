import { CellValue, SheetSpec } from "../layout";
import { a1, a1Range, PALETTE } from "../format";
import type { SnapshotTable } from "../snapshot";
import { entryValue } from "../submission";
import type { NotPlaced } from "./not-placed";

export const NOT_PLACED_SHEET = "Not placed";
export const NOT_PLACED_TABLE = "KPI_Not_Placed";
const HEADERS: readonly [string, number][] = [
  ["Upgraded at", 22],
  ["To plan", 24],
  ["Sheet", 18],
  ["Cell", 8],
  ["Row ID", 16],
  ["Column", 18],
  ["Value", 40],
  ["Why", 60],
];

/**
 * The sheet that lists what an upgrade could not place, so nothing lives only on a terminal: the rows of earlier
 * upgrades (from `previous`, the sheet's table as read) first, then this one's.
 */
export const buildNotPlacedSheet = (
  items: readonly NotPlaced[],
  previous: SnapshotTable | undefined,
  upgrade: { readonly at: string; readonly plan: string }
): SheetSpec => {
  const earlier: CellValue[][] = (previous?.rows ?? [])
    .filter((row) => row.some((c) => c.value !== null && c.value !== ""))
    .map((row) => HEADERS.map((_, i) => entryValue(row[i]?.value ?? null)));
  const rows: CellValue[][] = [
    ...earlier,
    ...items.map((n) => [
      upgrade.at,
      upgrade.plan,
      n.sheet,
      n.cell,
      n.rowId,
      n.column,
      n.value,
      n.reason,
    ]),
  ];
  return {
    name: NOT_PLACED_SHEET,
    visibility: "visible",
    tables: [
      {
        name: NOT_PLACED_TABLE,
        ref: a1Range(0, 0, Math.max(rows.length, 1), HEADERS.length - 1),
        columns: HEADERS.map(([header, width]) => ({
          header,
          width,
          role: "plan" as const,
          wrap: header === "Value" || header === "Why",
        })),
        rows: rows.length > 0 ? rows : [HEADERS.map(() => null)],
      },
    ],
    cells: [
      {
        address: a1(Math.max(rows.length, 1) + 2, 0),
        value:
          "Values that were in this workbook before an upgrade and have no place in the upgraded one: copy them where they belong, or keep this sheet as their record.",
        style: "note",
      },
    ],
    validations: [],
    columnWidths: [],
    protect: false,
    freeze: { rows: 1, columns: 0 },
    tabColor: PALETTE.alarm,
  };
};

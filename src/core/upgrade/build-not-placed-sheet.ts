import { CellValue, SheetSpec } from "../layout";
import { a1, a1Range, DEFAULT_LANGUAGE, headerText, type Language, PALETTE } from "../format";
import { CATALOGS, translatorFor } from "../i18n";
import type { SnapshotTable } from "../snapshot";
import { entryValue } from "../submission";
import { type NotPlaced, reasonIn } from "./not-placed";

/** The Not placed sheet's name in a language; its table's name is the same in all. */
export const notPlacedSheetName = (language: Language = DEFAULT_LANGUAGE): string =>
  CATALOGS[language]["upgrade.sheet"];
export const NOT_PLACED_SHEET = notPlacedSheetName(DEFAULT_LANGUAGE);
export const NOT_PLACED_TABLE = "KPI_Not_Placed";

/** The table's headers in a language, with their widths; Value and Why wrap. */
const headers = (language: Language): readonly [string, number, boolean][] => {
  const { t } = translatorFor(language);
  return [
    [t("upgrade.header.upgradedAt"), 22, false],
    [t("upgrade.header.toPlan"), 24, false],
    [headerText("sheet", language), 18, false],
    [headerText("cell", language), 8, false],
    [t("upgrade.header.rowId"), 16, false],
    [t("upgrade.header.column"), 18, false],
    [headerText("value", language), 40, true],
    [t("upgrade.header.why"), 60, true],
  ];
};

/**
 * The sheet that lists what an upgrade could not place, so nothing lives only on a terminal: the rows of earlier
 * upgrades (from `previous`, the sheet's table as read) first, then this one's; in the workbook's language, under
 * the name the previous one had where there was one.
 */
export const buildNotPlacedSheet = (
  items: readonly NotPlaced[],
  previous: SnapshotTable | undefined,
  upgrade: { readonly at: string; readonly plan: string },
  language: Language = DEFAULT_LANGUAGE
): SheetSpec => {
  const HEADERS = headers(language);
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
      reasonIn(n, language),
    ]),
  ];
  return {
    name: previous?.sheet ?? notPlacedSheetName(language),
    visibility: "visible",
    ...(language === "ar" ? { rightToLeft: true } : {}),
    tables: [
      {
        name: NOT_PLACED_TABLE,
        ref: a1Range(0, 0, Math.max(rows.length, 1), HEADERS.length - 1),
        columns: HEADERS.map(([header, width, wrap]) => ({
          header,
          width,
          role: "plan" as const,
          wrap,
        })),
        rows: rows.length > 0 ? rows : [HEADERS.map(() => null)],
      },
    ],
    cells: [
      {
        address: a1(Math.max(rows.length, 1) + 2, 0),
        value: translatorFor(language).t("upgrade.note"),
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

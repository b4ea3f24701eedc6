import { CellValue, SheetSpec, TableSpec } from "../layout";
import { a1, a1Range, DEFAULT_LANGUAGE, headerText, type Language, PALETTE } from "../format";
import { CATALOGS, translatorFor, type MessageKey } from "../i18n";
import { SubmissionStamp } from "./submission-stamp";

/** The visible stamp sheet's name in a language ("Submission" in English); its table's name is the same in all. */
export const submissionSheetName = (language: Language = DEFAULT_LANGUAGE): string =>
  CATALOGS[language]["submission.sheet"];
export const SUBMISSION_SHEET = submissionSheetName(DEFAULT_LANGUAGE);
export const SUBMISSION_TABLE = "KPI_Submission";
export const STAMP_CELLS_SHEET = "_kpi_stamp";
export const STAMP_CELLS_TABLE = "KPI_Stamp_Record";
/** At most this many characters of the canonical text in one cell: under the 32,767 a cell holds. */
export const STAMP_PART_CHARS = 30_000;

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isSurrogatePair = (text: string, at: number): boolean =>
  /[\ud800-\udbff]/.test(text[at - 1] ?? "") && /[\udc00-\udfff]/.test(text[at] ?? "");

/**
 * The canonical text cut into parts of at most STAMP_PART_CHARS characters, each cut between two characters
 * that are neither white space nor halves of one character, so that no program trims or splits a part when
 * it saves the cell: joined again, in order, they are the text exactly.
 */
export const stampParts = (text: string, size = STAMP_PART_CHARS): string[] => {
  const parts: string[] = [];
  let from = 0;
  while (text.length - from > size) {
    let cut = from + size;
    while (
      cut > from + 1 &&
      (isSpace(text[cut - 1]) || isSpace(text[cut]) || isSurrogatePair(text, cut))
    )
      cut--;
    parts.push(text.slice(from, cut));
    from = cut;
  }
  if (from < text.length || parts.length === 0) parts.push(text.slice(from));
  return parts;
};

/**
 * The Submission table's rows: key, value, and what it means, in this order (docs/submission-format.md). Keys
 * and values are the same in every language; only the meaning is in the workbook's.
 */
export const stampRows = (
  stamp: SubmissionStamp,
  language: Language = DEFAULT_LANGUAGE
): [string, CellValue, string][] => {
  const { t } = translatorFor(language);
  const rows: [string, CellValue][] = [
    ["format", stamp.format],
    ["stampVersion", stamp.stampVersion],
    ["planId", stamp.planId],
    ["planVersion", stamp.planVersion],
    ["formatVersion", stamp.formatVersion],
    ["sectors", stamp.sectors.join(",")],
    ["period", stamp.period],
    ["preparer", stamp.preparer],
    ["stampedAt", stamp.stampedAt],
    ["generator", stamp.generator],
    ["unverifiedSectors", stamp.unverifiedSectors.join(",")],
    ["errors", stamp.summary.errors],
    ["warnings", stamp.summary.warnings],
    ["info", stamp.summary.info],
    ["hashAlgorithm", stamp.hashAlgorithm],
    ["canonicalForm", stamp.canonicalForm],
    ["canonicalCells", stamp.canonicalCells],
    ["contentHash", stamp.contentHash],
  ];
  return rows.map(([key, value]) => [
    key,
    value,
    t(`submission.meaning.${key}` as MessageKey, { format: "ISO 8601, UTC" }),
  ]);
};

const table = (
  name: string,
  columns: readonly [string, number][],
  rows: readonly (readonly CellValue[])[]
): TableSpec => ({
  name,
  ref: a1Range(0, 0, Math.max(rows.length, 1), columns.length - 1),
  columns: columns.map(([header, width]) => ({ header, width, role: "plan" as const })),
  rows: rows.length > 0 ? rows : [columns.map(() => null)],
});

/**
 * The stamp as sheets: `Submission` (visible, protected: what a person reads, in the workbook's language, named
 * `sheetName` where the workbook already has one under another name) and `_kpi_stamp` (very hidden, the same in
 * every language: the canonical text as stamped, in parts of at most STAMP_PART_CHARS characters, one per row, so
 * that verify can say which cell changed and what it held; about 600 rows for 20,000 KPIs).
 */
export const buildStampSheets = (
  stamp: SubmissionStamp,
  text: string,
  language: Language = DEFAULT_LANGUAGE,
  sheetName: string = submissionSheetName(language)
): SheetSpec[] => {
  const { t } = translatorFor(language);
  const rows = stampRows(stamp, language);
  const base = {
    cells: [],
    validations: [],
    columnWidths: [],
    protect: true,
  } as const;
  return [
    {
      ...base,
      name: sheetName,
      visibility: "visible",
      ...(language === "ar" ? { rightToLeft: true } : {}),
      tabColor: PALETTE.stamped,
      tables: [
        table(
          SUBMISSION_TABLE,
          [
            [headerText("key", language), 18],
            [headerText("value", language), 70],
            [t("submission.header.meaning"), 50],
          ],
          rows
        ),
      ],
      cells: [
        {
          address: a1(rows.length + 2, 0),
          value: t("submission.note", {
            command: "kpi-report verify <file>",
            document: "docs/submission-format.md",
          }),
          style: "note",
        },
      ],
    },
    {
      ...base,
      name: STAMP_CELLS_SHEET,
      visibility: "veryHidden",
      tables: [
        table(
          STAMP_CELLS_TABLE,
          [
            ["Part", 8],
            ["Lines", 120],
          ],
          // Without the text's last line feed, which a program saving the cell may trim; read-stamp adds it back.
          stampParts(text.endsWith("\n") ? text.slice(0, -1) : text).map((part, i) => [i + 1, part])
        ),
      ],
    },
  ];
};

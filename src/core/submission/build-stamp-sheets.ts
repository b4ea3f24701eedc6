import { CellValue, SheetSpec, TableSpec } from "../layout";
import { a1, a1Range, PALETTE } from "../format";
import { CanonicalCell } from "./canonical-content";
import { SubmissionStamp } from "./submission-stamp";

export const SUBMISSION_SHEET = "Submission";
export const SUBMISSION_TABLE = "KPI_Submission";
export const STAMP_CELLS_SHEET = "_kpi_stamp";
export const STAMP_CELLS_TABLE = "KPI_Stamp_Cells";

/** The Submission table's rows: key, value, and what it means, in this order (docs/submission-format.md). */
export const stampRows = (stamp: SubmissionStamp): [string, CellValue, string][] => [
  ["format", stamp.format, "what this sheet is"],
  ["stampVersion", stamp.stampVersion, "version of this stamp's layout"],
  ["planId", stamp.planId, "the strategic plan reported on"],
  ["planVersion", stamp.planVersion, "version of the plan file the workbook was made from"],
  ["formatVersion", stamp.formatVersion, "reporting workbook format version"],
  ["sectors", stamp.sectors.join(","), "sectors reported, comma-separated"],
  ["period", stamp.period, "the reporting year"],
  ["preparer", stamp.preparer, "who submitted it"],
  ["stampedAt", stamp.stampedAt, "when it was stamped (ISO 8601, UTC)"],
  ["generator", stamp.generator, "the program that stamped it"],
  [
    "unverifiedSectors",
    stamp.unverifiedSectors.join(","),
    "consolidated from submissions that did NOT verify (empty: none)",
  ],
  ["errors", stamp.summary.errors, "validation errors when stamped"],
  ["warnings", stamp.summary.warnings, "validation warnings when stamped"],
  ["info", stamp.summary.info, "validation notes when stamped"],
  ["hashAlgorithm", stamp.hashAlgorithm, "how the content hash is computed"],
  ["canonicalForm", stamp.canonicalForm, "which cells, in which form, the hash covers"],
  ["canonicalCells", stamp.canonicalCells, "how many cells the hash covers"],
  ["contentHash", stamp.contentHash, "hash of the reported content (hex)"],
];

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
 * The stamp as sheets: `Submission` (visible, protected: what a person reads) and `_kpi_stamp` (very hidden:
 * the canonical cells as stamped, so verify can say which cell changed and what it held).
 */
export const buildStampSheets = (
  stamp: SubmissionStamp,
  cells: readonly CanonicalCell[]
): SheetSpec[] => {
  const rows = stampRows(stamp);
  const base = {
    cells: [],
    validations: [],
    columnWidths: [],
    protect: true,
  } as const;
  return [
    {
      ...base,
      name: SUBMISSION_SHEET,
      visibility: "visible",
      tabColor: PALETTE.stamped,
      tables: [
        table(
          SUBMISSION_TABLE,
          [
            ["Key", 18],
            ["Value", 70],
            ["Meaning", 50],
          ],
          rows
        ),
      ],
      cells: [
        {
          address: a1(rows.length + 2, 0),
          value:
            "This workbook was stamped for submission. kpi-report verify <file> says whether its reported content " +
            "changed since; docs/submission-format.md says how to recompute the content hash with any tool.",
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
            ["Table", 18],
            ["Row", 22],
            ["Column", 18],
            ["Value", 60],
          ],
          cells.map((c) => [c.table, c.row, c.column, JSON.stringify(c.value)])
        ),
      ],
    },
  ];
};

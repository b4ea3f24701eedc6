import { recogniseHeader } from "../format";
import { fail, ok, Result } from "../result";
import { cellText as text, Snapshot, SnapshotTable } from "../snapshot";
import { CANONICAL_FORM } from "./canonical-content";
import {
  STAMP_CELLS_SHEET,
  STAMP_CELLS_TABLE,
  SUBMISSION_SHEET,
  SUBMISSION_TABLE,
} from "./build-stamp-sheets";
import {
  HASH_ALGORITHM,
  STAMP_VERSION,
  StampedContent,
  SUBMISSION_FORMAT,
} from "./submission-stamp";

const column = (table: SnapshotTable, header: string): number =>
  table.headers.findIndex((h) => h.trim().toLowerCase() === header.toLowerCase());
/** The Submission table's Key or Value column, headed in any of the six languages. */
const keyColumn = (table: SnapshotTable, key: "key" | "value"): number =>
  table.headers.findIndex((h) => recogniseHeader(h, [key])?.key === key);

/**
 * Reads a workbook's submission stamp: the Submission table's fields and the canonical text it recorded
 * (the `_kpi_stamp` parts, joined in order).
 * Fails, with the reason as a sentence, when the workbook has no stamp or one this version cannot read.
 */
export const readStamp = (snapshot: Snapshot): Result<StampedContent, string> => {
  const table = snapshot.tables.find((t) => t.name === SUBMISSION_TABLE);
  if (!table)
    return fail([
      `has no submission stamp (no ${SUBMISSION_SHEET} sheet with table ${SUBMISSION_TABLE}); stamp it with kpi-report submit`,
    ]);
  const keyAt = keyColumn(table, "key");
  const valueAt = keyColumn(table, "value");
  if (keyAt < 0 || valueAt < 0)
    return fail([`has a ${SUBMISSION_SHEET} sheet whose table lacks its Key or Value column`]);
  const fields = new Map(table.rows.map((r) => [text(r[keyAt]?.value), r[valueAt]?.value ?? null]));
  const str = (key: string): string => text(fields.get(key));
  const num = (key: string): number => Number(fields.get(key) ?? NaN);
  if (str("format") !== SUBMISSION_FORMAT)
    return fail([`has a ${SUBMISSION_SHEET} sheet that is not a KPI Reporter stamp`]);
  if (num("stampVersion") !== STAMP_VERSION)
    return fail([
      `has a stamp of version ${str("stampVersion")}, which this version of KPI Reporter cannot read (it reads ${STAMP_VERSION}); update KPI Reporter`,
    ]);
  if (str("hashAlgorithm") !== HASH_ALGORITHM || str("canonicalForm") !== CANONICAL_FORM)
    return fail([
      `has a stamp computed with ${str("hashAlgorithm")} over ${str("canonicalForm")}, which this version of KPI Reporter cannot check (it checks ${HASH_ALGORITHM} over ${CANONICAL_FORM})`,
    ]);
  const missing = ["planId", "period", "stampedAt", "contentHash"].filter((k) => str(k) === "");
  if (missing.length > 0)
    return fail([
      `has a damaged stamp: ${missing.join(", ")} missing on the ${SUBMISSION_SHEET} sheet`,
    ]);

  const record = snapshot.tables.find((t) => t.name === STAMP_CELLS_TABLE);
  if (!record)
    return fail([
      `has a damaged stamp: its very hidden ${STAMP_CELLS_SHEET} sheet (table ${STAMP_CELLS_TABLE}) is missing`,
    ]);
  const [partAt, linesAt] = ["Part", "Lines"].map((h) => column(record, h)) as [number, number];
  if (partAt < 0 || linesAt < 0)
    return fail([`has a damaged stamp: table ${STAMP_CELLS_TABLE} lacks its Part or Lines column`]);
  const parts = record.rows
    .filter((r) => r.some((c) => c.value !== null))
    .map((r) => ({ n: Number(r[partAt]?.value), text: r[linesAt]?.value ?? null }))
    .sort((a, b) => a.n - b.n);
  const joined = parts.map((p) => (typeof p.text === "string" ? p.text : "")).join("");
  // The record leaves out the canonical text's last line feed (build-stamp-sheets.ts).
  const recorded = joined === "" ? "" : `${joined}\n`;
  return ok({
    stamp: {
      format: str("format"),
      stampVersion: num("stampVersion"),
      planId: str("planId"),
      planVersion: str("planVersion"),
      formatVersion: num("formatVersion"),
      sectors: str("sectors")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
      period: num("period"),
      preparer: str("preparer"),
      stampedAt: str("stampedAt"),
      generator: str("generator"),
      unverifiedSectors: str("unverifiedSectors")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
      summary: { errors: num("errors"), warnings: num("warnings"), info: num("info") },
      hashAlgorithm: str("hashAlgorithm"),
      canonicalForm: str("canonicalForm"),
      canonicalCells: num("canonicalCells"),
      contentHash: str("contentHash").toLowerCase(),
    },
    text: recorded,
  });
};

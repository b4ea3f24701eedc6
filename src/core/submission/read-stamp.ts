import { recogniseHeader } from "../format";
import { message, type Message } from "../i18n";
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
export const readStamp = (snapshot: Snapshot): Result<StampedContent, Message> => {
  const table = snapshot.tables.find((t) => t.name === SUBMISSION_TABLE);
  if (!table)
    return fail([
      message("error.stamp.none", {
        sheet: SUBMISSION_SHEET,
        table: SUBMISSION_TABLE,
        command: "kpi-report submit",
      }),
    ]);
  const keyAt = keyColumn(table, "key");
  const valueAt = keyColumn(table, "value");
  if (keyAt < 0 || valueAt < 0)
    return fail([
      message("error.stamp.noKeyColumn", { sheet: SUBMISSION_SHEET, key: "Key", value: "Value" }),
    ]);
  const fields = new Map(table.rows.map((r) => [text(r[keyAt]?.value), r[valueAt]?.value ?? null]));
  const str = (key: string): string => text(fields.get(key));
  const num = (key: string): number => Number(fields.get(key) ?? NaN);
  if (str("format") !== SUBMISSION_FORMAT)
    return fail([message("error.stamp.notOurs", { sheet: SUBMISSION_SHEET })]);
  if (num("stampVersion") !== STAMP_VERSION)
    return fail([
      message("error.stamp.version", { version: str("stampVersion"), reads: STAMP_VERSION }),
    ]);
  if (str("hashAlgorithm") !== HASH_ALGORITHM || str("canonicalForm") !== CANONICAL_FORM)
    return fail([
      message("error.stamp.hash", {
        algorithm: str("hashAlgorithm"),
        form: str("canonicalForm"),
        ourAlgorithm: HASH_ALGORITHM,
        ourForm: CANONICAL_FORM,
      }),
    ]);
  const missing = ["planId", "period", "stampedAt", "contentHash"].filter((k) => str(k) === "");
  if (missing.length > 0)
    return fail([
      message("error.stamp.missingFields", { fields: missing.join(", "), sheet: SUBMISSION_SHEET }),
    ]);

  const record = snapshot.tables.find((t) => t.name === STAMP_CELLS_TABLE);
  if (!record)
    return fail([
      message("error.stamp.noCells", { sheet: STAMP_CELLS_SHEET, table: STAMP_CELLS_TABLE }),
    ]);
  const [partAt, linesAt] = ["Part", "Lines"].map((h) => column(record, h)) as [number, number];
  if (partAt < 0 || linesAt < 0)
    return fail([
      message("error.stamp.noPartColumn", {
        table: STAMP_CELLS_TABLE,
        part: "Part",
        lines: "Lines",
      }),
    ]);
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

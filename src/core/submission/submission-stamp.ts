import type { FindingSummary } from "../findings";
import type { ReportMeta } from "../report";
import { CANONICAL_FORM } from "./canonical-content";

export const SUBMISSION_FORMAT = "kpi-reporter-submission";
export const STAMP_VERSION = 2;
export const HASH_ALGORITHM = "SHA-256";

/** What a submission stamp records (docs/submission-format.md): who sent what, when, and its content hash. */
export interface SubmissionStamp {
  readonly format: string;
  readonly stampVersion: number;
  readonly planId: string;
  readonly planVersion: string;
  readonly formatVersion: number;
  readonly sectors: readonly string[];
  readonly period: number;
  readonly preparer: string;
  /** ISO 8601, UTC. */
  readonly stampedAt: string;
  readonly generator: string;
  /** In a consolidated workbook, the sectors taken from submissions that did not verify; otherwise none. */
  readonly unverifiedSectors: readonly string[];
  /** Validation's counts when the workbook was stamped (never any errors in a submission: those block it). */
  readonly summary: FindingSummary;
  readonly hashAlgorithm: string;
  readonly canonicalForm: string;
  /** How many canonical cells the hash covers. */
  readonly canonicalCells: number;
  /** SHA-256 of the canonical text, 64 lowercase hex digits. */
  readonly contentHash: string;
}

/**
 * A stamp together with the canonical text it was computed from (kept in the workbook so verify can name old
 * values): the record as read, which hashes to the stamp's contentHash unless someone edited it.
 */
export interface StampedContent {
  readonly stamp: SubmissionStamp;
  readonly text: string;
}

/**
 * Stamps a workbook's content: the stamp's fields come from its metadata, the number of canonical cells and
 * their hash (canonical-content.ts), and the given details.
 */
export const makeStamp = (
  meta: ReportMeta,
  content: { readonly cells: number; readonly hash: string },
  details: {
    readonly preparer: string;
    readonly stampedAt: string;
    readonly generator: string;
    readonly summary: FindingSummary;
    readonly unverifiedSectors?: readonly string[];
  }
): SubmissionStamp => ({
  format: SUBMISSION_FORMAT,
  stampVersion: STAMP_VERSION,
  planId: meta.planId,
  planVersion: meta.planVersion,
  formatVersion: meta.formatVersion,
  sectors: meta.sectors,
  period: meta.period,
  preparer: details.preparer,
  stampedAt: details.stampedAt,
  generator: details.generator,
  unverifiedSectors: details.unverifiedSectors ?? [],
  summary: {
    errors: details.summary.errors,
    warnings: details.summary.warnings,
    info: details.summary.info,
  },
  hashAlgorithm: HASH_ALGORITHM,
  canonicalForm: CANONICAL_FORM,
  canonicalCells: content.cells,
  contentHash: content.hash,
});

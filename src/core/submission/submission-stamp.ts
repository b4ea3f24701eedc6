import type { FindingSummary } from "../findings";
import type { Report } from "../report";
import { CanonicalCell, CANONICAL_FORM, contentHash } from "./canonical-content";

export const SUBMISSION_FORMAT = "kpi-reporter-submission";
export const STAMP_VERSION = 1;
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

/** A stamp together with the canonical cells it was computed from (kept in the workbook so verify can name old values). */
export interface StampedContent {
  readonly stamp: SubmissionStamp;
  readonly cells: readonly CanonicalCell[];
}

/** Stamps a report's content: the stamp's fields come from the workbook's metadata and the given details. */
export const makeStamp = (
  report: Report,
  cells: readonly CanonicalCell[],
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
  planId: report.meta.planId,
  planVersion: report.meta.planVersion,
  formatVersion: report.meta.formatVersion,
  sectors: report.meta.sectors,
  period: report.meta.period,
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
  canonicalCells: cells.length,
  contentHash: contentHash(cells),
});

import type { SubmissionStamp } from "../core/submission";

/**
 * A stamp as the pane lists it, label and value, in the order the Submission sheet shows it; `time` writes the
 * stamp's moment as the officer reads times.
 */
export const describeStamp = (
  stamp: SubmissionStamp,
  time: (iso: string) => string = (iso) => iso
): [string, string][] => [
  ["Plan", `${stamp.planId} (version ${stamp.planVersion})`],
  ["Sectors", stamp.sectors.join(", ")],
  ["Reporting year", String(stamp.period)],
  ["Preparer", stamp.preparer || "(not given)"],
  ["Stamped", time(stamp.stampedAt)],
  [
    "Validation",
    `${stamp.summary.errors} errors, ${stamp.summary.warnings} warning${stamp.summary.warnings === 1 ? "" : "s"}, ${stamp.summary.info} note${stamp.summary.info === 1 ? "" : "s"}`,
  ],
  [`${stamp.hashAlgorithm} of the content`, stamp.contentHash],
  ["Cells covered", String(stamp.canonicalCells)],
];

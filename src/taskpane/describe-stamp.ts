import type { SubmissionStamp } from "../core/submission";

/** A stamp as the pane lists it, label and value, in the order the Submission sheet shows it. */
export const describeStamp = (stamp: SubmissionStamp): [string, string][] => [
  ["Plan", `${stamp.planId} (version ${stamp.planVersion})`],
  ["Sectors", stamp.sectors.join(", ")],
  ["Reporting year", String(stamp.period)],
  ["Preparer", stamp.preparer || "(not given)"],
  ["Stamped", stamp.stampedAt],
  [
    "Validation",
    `${stamp.summary.errors} errors, ${stamp.summary.warnings} warning${stamp.summary.warnings === 1 ? "" : "s"}, ${stamp.summary.info} note${stamp.summary.info === 1 ? "" : "s"}`,
  ],
  [`${stamp.hashAlgorithm} of the content`, stamp.contentHash],
  ["Cells covered", String(stamp.canonicalCells)],
];

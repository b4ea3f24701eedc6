import { presentStamp } from "../../../src/app/present";
import type { SubmissionStamp } from "../../../src/core/submission";

const stamp: SubmissionStamp = {
  format: "kpi-reporter-submission",
  stampVersion: 1,
  planId: "p",
  planVersion: "1.0.0",
  formatVersion: 1,
  sectors: ["A", "B"],
  period: 2021,
  preparer: "A. Officer",
  stampedAt: "2021-06-30T12:00:00.000Z",
  generator: "test",
  unverifiedSectors: [],
  summary: { errors: 0, warnings: 1, info: 2 },
  hashAlgorithm: "SHA-256",
  canonicalForm: "kpi-reporter-canonical-1",
  canonicalCells: 40,
  contentHash: "ab".repeat(32),
};

describe("presentStamp", () => {
  it("says what was stamped, by whom and when, validation's counts and the hash", () => {
    const view = presentStamp("w.xlsx", stamp);
    expect(view.submitted).toBe(
      "w.xlsx stamped for submission (plan p, reporting year 2021, sectors A, B)"
    );
    expect(view.detail).toBe(
      "preparer A. Officer, stamped 2021-06-30T12:00:00.000Z; validation: 0 errors, 1 warning, 2 info"
    );
    expect(view.hash).toBe(`SHA-256 ${"ab".repeat(32)} over 40 cells`);
  });

  it("lists the stamp's fields in the Submission sheet's order, the time as the front end shows times", () => {
    const view = presentStamp("w.xlsx", stamp, { time: () => "30/06/2021 14:00" });
    expect(view.fields).toEqual([
      ["Plan", "p (version 1.0.0)"],
      ["Sectors", "A, B"],
      ["Reporting year", "2021"],
      ["Preparer", "A. Officer"],
      ["Stamped", "30/06/2021 14:00"],
      ["Validation", "0 errors, 1 warning, 2 notes"],
      ["SHA-256 of the content", "ab".repeat(32)],
      ["Cells covered", "40"],
    ]);
  });
});

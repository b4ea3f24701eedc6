import { presentVerification, verificationJson } from "../../../src/app/present";
import type { SubmissionStamp, Verification } from "../../../src/core/submission";

const stamp: SubmissionStamp = {
  format: "kpi-reporter-submission",
  stampVersion: 1,
  planId: "p-2020",
  planVersion: "1.0.0",
  formatVersion: 1,
  sectors: ["A"],
  period: 2021,
  preparer: "A. Officer",
  stampedAt: "2021-06-30T12:00:00.000Z",
  generator: "test",
  unverifiedSectors: [],
  summary: { errors: 0, warnings: 1, info: 0 },
  hashAlgorithm: "SHA-256",
  canonicalForm: "kpi-reporter-canonical-1",
  canonicalCells: 1,
  contentHash: "ab".repeat(32),
};

const changed = (cellsIntact: boolean): Verification => ({
  stamp,
  currentHash: "cd".repeat(32),
  unchanged: false,
  cellsIntact,
  changes: [
    {
      table: "A KPIs",
      row: "A.kpi.1.1",
      column: "Actual 2021",
      at: { sheet: "A KPIs", cell: "M2" },
      old: 121,
      new: 130,
    },
    {
      table: "Submission",
      row: "preparer",
      column: "Value",
      at: null,
      old: "A. Officer",
      new: "B",
    },
  ],
});

describe("presentVerification", () => {
  it("says an unchanged submission is unchanged, who stamped it and when, and its hash", () => {
    const view = presentVerification("s.xlsx", {
      stamp,
      currentHash: stamp.contentHash,
      unchanged: true,
      cellsIntact: true,
      changes: [],
    });
    expect(view.heading).toBe(
      "s.xlsx: unchanged since it was stamped 2021-06-30T12:00:00.000Z by A. Officer (plan p-2020, reporting year 2021, sectors A)"
    );
    expect(view.lines).toEqual([
      `SHA-256 ${"ab".repeat(32)} over 1 cell (kpi-reporter-canonical-1)`,
    ]);
    expect(view.advice).toBeNull();
  });

  it("shows the stamp's time as the front end asks", () => {
    const view = presentVerification("s.xlsx", changed(true), {
      time: () => "30 June 2021, 14:00",
    });
    expect(view.heading).toMatch(/CHANGED since it was stamped 30 June 2021, 14:00 by A\. Officer/);
  });

  it("names each changed cell with its old and new value, and what to do", () => {
    const view = presentVerification("s.xlsx", changed(true));
    expect(view.lines).toContain("2 cells changed:");
    expect(view.changes.map((c) => c.line)).toEqual([
      "A KPIs!M2  A.kpi.1.1  Actual 2021: 121 -> 130",
      'Submission  stamp  Value: "A. Officer" -> "B"',
    ]);
    expect(view.changes[0]).toMatchObject({ sheet: "A KPIs", cell: "M2" });
    expect(view.advice).toMatch(/fresh submission/);
  });

  it("does not trust old values where the stamp's record was altered, except the stamp's own cells, in words and in JSON alike", () => {
    const v = changed(false);
    const view = presentVerification("s.xlsx", v);
    expect(view.lines).toContain(
      "The stamp's own record of the cells was altered too: old values cannot be trusted, and are not shown."
    );
    expect(view.changes.map((c) => c.old)).toEqual(["(unknown)", '"A. Officer"']);
    const json = verificationJson("s.xlsx", v) as { changes: { old?: unknown }[] };
    expect(json.changes.map((c) => c.old)).toEqual([undefined, "A. Officer"]);
  });
});

import type { ConsolidateOutcome } from "../../../src/app";
import { presentConsolidation, presentRefusal } from "../../../src/app/present";

// Only what the words need: sector ids, file names, trust, the stamp's hash.
const outcome = {
  planId: "p",
  period: 2021,
  chosen: [
    { sector: { id: "A" }, source: { file: "a.xlsx" }, trust: "verified" },
    { sector: { id: "B" }, source: { file: "b.xlsx" }, trust: "changed" },
    { sector: { id: "C" }, source: { file: "c.xlsx" }, trust: "unverified" },
  ],
  skipped: [{ sector: "A", file: "a-old.xlsx", reason: "a.xlsx was stamped later" }],
  stamp: { hashAlgorithm: "SHA-256", contentHash: "ef".repeat(32), canonicalCells: 1 },
} as unknown as ConsolidateOutcome;

describe("presentConsolidation", () => {
  it("says what was made, each sector's source and whether it verified, and the stamp", () => {
    const view = presentConsolidation(outcome);
    expect(view.made).toBe("plan p, reporting year 2021, sectors A, B, C");
    expect(view.sectors.map((s) => [s.sector, s.text])).toEqual([
      ["A", "from a.xlsx"],
      ["B", "from b.xlsx  NOT VERIFIED (changed after stamping), marked in the workbook"],
      ["C", "from c.xlsx  NOT VERIFIED (no readable stamp), marked in the workbook"],
      ["A", "not from a-old.xlsx: a.xlsx was stamped later"],
    ]);
    expect(view.unverified).toBe(2);
    expect(view.stamped).toBe(`stamped: SHA-256 ${"ef".repeat(32)} over 1 cell`);
    expect(view.fileName).toBe("p-2021-council.xlsx");
  });

  it("words a refusal with the front end's own hint per kind, then that nothing was written", () => {
    expect(
      presentRefusal(
        [
          { kind: "duplicate", message: "sector A is in a.xlsx and b.xlsx" },
          { kind: "plan", message: "b.xlsx is for another plan" },
        ],
        { duplicate: "--prefer newer keeps the one stamped last" }
      )
    ).toEqual([
      "sector A is in a.xlsx and b.xlsx (--prefer newer keeps the one stamped last)",
      "b.xlsx is for another plan",
      "Nothing was written.",
    ]);
  });
});

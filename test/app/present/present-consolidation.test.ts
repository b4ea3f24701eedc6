import type { ConsolidateOutcome } from "../../../src/app";
import { presentConsolidation, presentRefusal } from "../../../src/app/present";
import { message, render, translatorFor } from "../../../src/core/i18n";

// Only what the words need: sector ids, file names, trust, the stamp's hash.
const outcome = {
  planId: "p",
  period: 2021,
  chosen: [
    { sector: { id: "A" }, source: { file: "a.xlsx" }, trust: "verified" },
    { sector: { id: "B" }, source: { file: "b.xlsx" }, trust: "changed" },
    { sector: { id: "C" }, source: { file: "c.xlsx" }, trust: "unverified" },
  ],
  skipped: [
    {
      sector: "A",
      file: "a-old.xlsx",
      why: message("error.consolidate.stampedLater", {
        file: "a.xlsx",
        stampedAt: "2021-03-01T10:00:00Z",
      }),
    },
  ],
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
      ["A", "not from a-old.xlsx: a.xlsx was stamped later (2021-03-01T10:00:00Z)"],
    ]);
    expect(view.unverified).toBe(2);
    expect(view.stamped).toBe(`stamped: SHA-256 ${"ef".repeat(32)} over 1 cell`);
    expect(view.fileName).toBe("p-2021-council.xlsx");
  });

  const problems = [
    {
      kind: "duplicate" as const,
      message: "",
      said: message("error.consolidate.duplicate", {
        sector: "A",
        files: message("error.consolidate.and", { first: "a.xlsx", next: "b.xlsx" }),
      }),
    },
    {
      kind: "plan" as const,
      message: "",
      said: message("error.consolidate.otherPlan", {
        file: "b.xlsx",
        plan: "q",
        first: "a.xlsx",
        expected: "p",
      }),
    },
  ];

  it("words a refusal with the front end's own hint per kind, then that nothing was written", () => {
    expect(
      presentRefusal(problems, { duplicate: "--prefer newer keeps the one stamped last" })
    ).toEqual([
      "sector A is in a.xlsx and b.xlsx; send one submission per sector (--prefer newer keeps the one stamped last)",
      "b.xlsx: is a submission for plan q, but a.xlsx is for plan p; consolidate submissions of one plan",
      "Nothing was written.",
    ]);
  });

  it("words a refusal in the reader's language, naming the same submission files", () => {
    const fr = translatorFor("fr");
    const hint = fr.t("error.consolidate.hintDuplicate", { option: "--prefer newer" });
    expect(presentRefusal(problems, { duplicate: hint }, fr)).toEqual([
      "le secteur A figure dans a.xlsx et b.xlsx ; envoyez une seule soumission par secteur (--prefer newer garde celle horodatée en dernier)",
      "b.xlsx : est une soumission pour le plan q, mais a.xlsx est pour le plan p ; consolidez des soumissions d’un même plan",
      render(fr, message("consolidate.nothingWritten")),
    ]);
  });
});

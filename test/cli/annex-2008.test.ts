import { join } from "node:path";
import { kpiReport, tempDir } from "../support/cli-harness";
import { readBack, sheetRows } from "../support/read-sheet";
import { SEED_2008_2011 } from "../fixtures/seed-tables";

/** The source's 2008-2011 layout in the annex's conventions: an objective header is its label, a mark is "X". */
const inAnnexConventions = (rows: readonly (readonly string[])[]): string[][] =>
  rows.map((row, r) =>
    row.map((cell) =>
      r === 0 ? (cell.split("\n")[0] ?? "") : cell.toUpperCase() === "X" ? "X" : cell
    )
  );

describe("kpi-report annex for the 2008-2011 plan", () => {
  it("names the unnumbered tables by sector, and reproduces each objectives-and-outputs table", async () => {
    const dir = tempDir();
    const workbook = join(dir, "itu-2011.xlsx");
    expect(
      (await kpiReport("new", "--plan", "itu-2008-2011", "--period", "2011", "--out", workbook))
        .code
    ).toBe(0);
    const out = join(dir, "annex.xlsx");
    const r = await kpiReport("annex", workbook, "--out", out, "--draft");
    expect(r.out.split("\n")[0]).toBe(
      `Wrote ${out}: a DRAFT (validation found 24 errors; every sheet says DRAFT, not validated), plan itu-2008-2011, reporting year 2011, 8 sheets ` +
        "(Annex resources by goal, Budget execution, ITU-R outputs, ITU-T outputs, ITU-D outputs, GS outputs, Goals and objectives, Notes)"
    );
    const wb = await readBack(out);
    for (const [sector, seed] of Object.entries(SEED_2008_2011.outputTables)) {
      const ws = wb.getWorksheet(`${sector} outputs`);
      expect(ws?.getCell("A1").value).toBe(`DRAFT, not validated: ${seed.title}`);
      expect(sheetRows(ws, 3)).toEqual(inAnnexConventions(seed.rows));
    }
    // No objective is linked to a goal until officers enter the links: Table 8.1's columns stay empty.
    const goals = sheetRows(wb.getWorksheet("Goals and objectives"), 3);
    expect(goals[0]).toEqual([
      "",
      "Goal 1",
      "Goal 2",
      "Goal 3",
      "Goal 4",
      "Goal 5",
      "Goal 6",
      "Goal 7",
    ]);
    expect(
      goals
        .slice(1)
        .flatMap((row) => row.slice(1))
        .every((cell) => cell === "")
    ).toBe(true);
  });
});

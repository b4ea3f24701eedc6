import { buildAnnexSheets, SPENT_OFF_TRACK_FLAG } from "../../../src/core/annex";
import { parseReport } from "../../../src/core/report";
import { gridValues } from "../../support/grid-values";
import { makePlan } from "../../support/make-plan";
import { cleanSnapshot } from "../../support/rule-harness";
import type { SnapshotEdits } from "../../support/spec-snapshot";

const plan = makePlan({ resources: { currency: "CHF" } });
// 2021: A.out.1 (Objective 1) 500 budgeted, 450 spent; A.out.2 (70% Objective 1, 30% Objective 2) 1000 and 500;
// B.out.1 200 and 100, on an objective that serves no goal.
const MONEY: SnapshotEdits = {
  "A Resources!E2": 500,
  "A Resources!F2": 450,
  "A Resources!E3": 1000,
  "A Resources!F3": 500,
  "A Resources!K3": 70,
  "A Resources!L3": 30,
  "B Resources!E2": 200,
  "B Resources!F2": 100,
};
const sheet = (name: string) => {
  const parsed = parseReport(cleanSnapshot(MONEY, plan), () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return buildAnnexSheets(parsed.report, plan, { generatedAt: "2021-06-30T12:00:00Z" }).find(
    (s) => s.name === name
  );
};

describe("the annex's resources sheets", () => {
  it("shows what each goal received and spent through the links, and the money that reaches no goal", () => {
    expect(gridValues(sheet("Annex resources by goal"))).toEqual([
      ["Goal", "Budget 2021 (CHF)", "Expenditure 2021 (CHF)", "Execution"],
      ["Goal A", 1500, 950, 950 / 1500],
      ["Goal B", 0, 0, ""],
      ["All goals", 1500, 950, 950 / 1500],
      ["Reaching no goal", 200, 100, 0.5],
    ]);
  });

  it("puts budget execution per sector and objective beside the KPIs' statuses", () => {
    const grid = sheet("Annex resources by goal")?.grids?.[1];
    expect(grid?.rows).toEqual([
      [
        "Sector / objective",
        "Budget 2021 (CHF)",
        "Expenditure 2021 (CHF)",
        "Execution",
        "Met",
        "On track",
        "Off track",
        "Not assessable",
      ],
      ["Sector A", 1500, 950, 950 / 1500, 2, 3, 1, 0],
      ["Objective 1", 1200, 800, 800 / 1200, 1, 1, 1, 0],
      ["Objective 2", 300, 150, 0.5, 1, 2, 0, 0],
      ["Sector B", 200, 100, 0.5, 0, 0, 0, 0],
      ["Objective 1", 200, 100, 0.5, 0, 0, 0, 0],
    ]);
  });

  it("flags an output that spent its budget while a KPI it answers for is off track", () => {
    const budget = sheet("Budget execution");
    const rows = gridValues(budget);
    expect(rows.map((r) => [r[0], r[3], r[6], r[8]])).toEqual([
      ["Sector / output", "Execution", "Off track", "Check"],
      ["Sector A", 950 / 1500, "", ""],
      ["A.out.1 Conference", 0.9, 1, SPENT_OFF_TRACK_FLAG],
      ["A.out.2 Publications", 0.5, 1, ""],
      ["Sector B", 0.5, "", ""],
      ["B.out.1 Study groups", 0.5, 0, ""],
    ]);
    expect(budget?.grids?.[0]?.flagCells).toEqual(["A5", "I5"]);
  });
});

import { buildAnnexSheets, STATUS_SUMMARY_SHEET } from "../../../src/core/annex";
import { parseReport } from "../../../src/core/report";
import { gridValues } from "../../support/grid-values";
import { makePlan } from "../../support/make-plan";
import { cleanSnapshot } from "../../support/rule-harness";
import type { SnapshotEdits } from "../../support/spec-snapshot";

const plan = makePlan();
const annexOf = (edits: SnapshotEdits = {}) => {
  const parsed = parseReport(cleanSnapshot(edits), () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return buildAnnexSheets(parsed.report, plan, { generatedAt: "2021-06-30T12:00:00Z" });
};
const sheet = (name: string, edits: SnapshotEdits = {}) =>
  annexOf(edits).find((s) => s.name === name);

describe("buildAnnexSheets", () => {
  it("numbers and orders the tables as the plan does: a summary, X.1 and X.2 per sector, then 8.1", () => {
    expect(annexOf().map((s) => [s.name, s.cells[0]?.value])).toEqual([
      [STATUS_SUMMARY_SHEET, "Status of the key performance indicators, 2021"],
      ["Resources by goal", "Resources by goal, 2021"],
      ["Budget execution", "Budget execution by output, 2021"],
      ["Table 4.1", "Table 4.1 - A Outputs and Objectives"],
      ["Table 4.2", "Table 4.2 - Objectives, outputs, expected results and KPIs of A"],
      ["Table 5.1", "Table 5.1 - B Outputs and Objectives"],
      ["Table 8.1", "Table 8.1 - Objectives and goals"],
    ]);
  });

  it("builds Table X.1 from the workbook's links, as an officer left them", () => {
    expect(gridValues(sheet("Table 4.1"))).toEqual([
      ["Outputs", "Objective 1", "Objective 2"],
      ["Conference", "X", ""],
      ["Publications", "X", "X"],
    ]);
    expect(gridValues(sheet("Table 4.1", { "A Outputs!E3": null, "A Outputs!E2": "X" }))).toEqual([
      ["Outputs", "Objective 1", "Objective 2"],
      ["Conference", "X", "X"],
      ["Publications", "X", ""],
    ]);
  });

  it("lists Table X.2 in the source's wording, one item a row, each KPI beside the year's target, actual and status", () => {
    expect(gridValues(sheet("Table 4.2"))).toEqual([
      [
        "Objectives",
        "Outputs",
        "Expected results",
        "Key performance indicators",
        "Target 2021",
        "Actual 2021",
        "Status 2021",
      ],
      [
        "Objective 1: First objective of A",
        "Conference",
        "A conference held",
        "Number of participants",
        120,
        121,
        "Met",
      ],
      ["", "Publications", "", "Processing time", 20, 22, "On track"],
      ["", "", "", "Satisfaction", 80, 75, "Off track"],
      [
        "Objective 2: Second objective of A",
        "Publications",
        "Publications sold\n• on paper\n• online",
        "Audit unqualified",
        "Yes",
        "Yes",
        "Met",
      ],
      ["", "", "", "Ethics policy", "Completed", "In progress", "On track"],
      [
        "",
        "",
        "",
        "Recognition",
        "Wider recognition",
        "Cited by three ministers",
        "Not assessable",
      ],
    ]);
  });

  it("computes status from the values an officer typed, not from a cached formula result", () => {
    const rows = gridValues(sheet("Table 4.2", { "A KPIs!M2": 105 }));
    expect(rows[1]?.slice(5)).toEqual([105, "Off track"]);
  });

  it("reproduces Table 8.1 from the objective-goal links, sector rows heading their objectives", () => {
    expect(gridValues(sheet("Table 8.1"))).toEqual([
      ["", "Goal A", "Goal B"],
      ["A", "", ""],
      ["Objective 1", "X", ""],
      ["Objective 2", "X", ""],
      ["B", "", ""],
      ["Objective 1", "", ""],
    ]);
    expect(sheet("Table 8.1")?.grids?.[0]?.groupRows).toEqual([1, 4]);
  });

  it("counts KPIs by status per sector and objective, with a data bar per status", () => {
    const summary = sheet(STATUS_SUMMARY_SHEET);
    expect(gridValues(summary)).toEqual([
      ["Sector / objective", "Met", "On track", "Off track", "Not assessable", "KPIs"],
      ["A", 2, 2, 1, 1, 6],
      ["Objective 1", 1, 1, 1, 0, 3],
      ["Objective 2", 1, 1, 0, 1, 3],
      ["All sectors", 2, 2, 1, 1, 6],
    ]);
    expect(summary?.dataBars?.map((b) => b.range)).toEqual(["B4:B6", "C4:C6", "D4:D6", "E4:E6"]);
  });

  it("asks for a stacked bar chart of the status counts per sector, drawn from a grid of its own", () => {
    const summary = sheet(STATUS_SUMMARY_SHEET);
    const bySector = summary?.grids?.[1];
    expect(bySector?.at).toBe("A9");
    expect(bySector?.rows).toEqual([
      ["Sector", "Met", "On track", "Off track", "Not assessable"],
      ["A", 2, 2, 1, 1],
    ]);
    expect(summary?.charts).toEqual([
      {
        kind: "barStacked",
        name: "KPI status by sector",
        dataRange: "A9:E10",
        title: "KPIs by status and sector, 2021",
        at: "A12",
        to: "F29",
      },
    ]);
  });

  it("makes every sheet print-ready: landscape, one page wide, header repeated, a footer saying what and when", () => {
    for (const s of annexOf()) {
      expect(s.print).toEqual({
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: true,
        titleRows: { first: 1, last: 3 },
        footerLeft: "Test plan 2020-2023 - reporting year 2021 - generated 2021-06-30",
        pageNumbers: true,
      });
      expect(s.grids?.[0]?.borders).toBe("all");
      expect(s.tables).toEqual([]);
    }
  });
});

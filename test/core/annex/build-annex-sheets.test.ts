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
      ["Annex resources by goal", "Resources by goal, 2021"],
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

  it("shapes Table X.2 as the plan's: a block per objective, its outputs and expected results as the source's cells, a KPI a row", () => {
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
        "• Conference\n• Publications",
        "• A conference held",
        "Number of participants",
        120,
        121,
        "Met",
      ],
      [
        "Objective 1: First objective of A (continued)",
        "",
        "",
        "Processing time",
        20,
        22,
        "On track",
      ],
      [
        "Objective 1: First objective of A (continued)",
        "",
        "",
        "Satisfaction",
        80,
        75,
        "Off track",
      ],
      [
        "Objective 2: Second objective of A",
        "• Publications",
        "• Publications sold\n• on paper\n• online",
        "Audit unqualified",
        "Yes",
        "Yes",
        "Met",
      ],
      [
        "Objective 2: Second objective of A (continued)",
        "",
        "",
        "Ethics policy",
        "Completed",
        "In progress",
        "On track",
      ],
      [
        "Objective 2: Second objective of A (continued)",
        "",
        "",
        "Recognition",
        "Wider recognition",
        "Cited by three ministers",
        "On track",
      ],
    ]);
  });

  it("gives a qualitative KPI the status of its officer's assessment", () => {
    const rows = gridValues(sheet("Table 4.2", { "A KPIs!O7": "Not achieved" }));
    expect(rows[6]?.slice(3)).toEqual([
      "Recognition",
      "Wider recognition",
      "Cited by three ministers",
      "Off track",
    ]);
  });

  it("shows numbers with thousands separators", () => {
    const table = sheet("Table 4.2", { "A KPIs!M2": 1250, "A KPIs!N2": 1300.5 });
    const grid = table?.grids?.[0];
    expect(grid?.rows[1]?.slice(4, 6)).toEqual([1250, 1300.5]);
    expect(grid?.numberFormats?.[1]?.slice(4, 6)).toEqual(["#,##0", "#,##0.###"]);
    expect(grid?.numberFormats?.[1]?.[3]).toBeNull();
  });

  it("lists the officers' own KPIs under their objective, in Table X.2 and in a KPI table for a sector without one", () => {
    const edits = {
      "B KPIs!D2": "Study group meetings held",
      "B KPIs!E2": "Number",
      "B KPIs!F2": "Higher is better",
      "B KPIs!I2": 10,
      "B KPIs!M2": 12,
      "B KPIs!N2": 12,
    };
    const names = annexOf(edits).map((s) => s.name);
    expect(names).toEqual([
      STATUS_SUMMARY_SHEET,
      "Annex resources by goal",
      "Budget execution",
      "Table 4.1",
      "Table 4.2",
      "Table 5.1",
      "B KPIs",
      "Table 8.1",
    ]);
    expect(gridValues(sheet("B KPIs", edits))).toEqual([
      ["Objective", "Key performance indicator", "Target 2021", "Actual 2021", "Status 2021"],
      ["Objective 1: Only objective of B", "Study group meetings held", 12, 12, "Met"],
    ]);
    expect(gridValues(sheet(STATUS_SUMMARY_SHEET, edits))).toEqual([
      ["Sector", "Met", "On track", "Off track", "Not assessable", "KPIs"],
      ["A", 2, 3, 1, 0, 6],
      ["B", 1, 0, 0, 0, 1],
      ["All sectors", 3, 3, 1, 0, 7],
    ]);
  });

  it("computes status from the values an officer typed, not from a cached formula result", () => {
    const rows = gridValues(sheet("Table 4.2", { "A KPIs!N2": 105 }));
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

  it("counts KPIs by status per sector, then per objective, each block's data bars scaled within it", () => {
    const summary = sheet(STATUS_SUMMARY_SHEET);
    expect(gridValues(summary)).toEqual([
      ["Sector", "Met", "On track", "Off track", "Not assessable", "KPIs"],
      ["A", 2, 3, 1, 0, 6],
      ["All sectors", 2, 3, 1, 0, 6],
    ]);
    expect(summary?.cells.find((c) => c.address === "A7")?.value).toBe("By objective");
    const byObjective = summary?.grids?.[1];
    expect(byObjective?.at).toBe("A8");
    expect(byObjective?.rows).toEqual([
      ["Sector / objective", "Met", "On track", "Off track", "Not assessable", "KPIs"],
      ["A", 2, 3, 1, 0, 6],
      ["Objective 1: First objective of A", 1, 1, 1, 0, 3],
      ["Objective 2: Second objective of A", 1, 2, 0, 0, 3],
    ]);
    expect(summary?.dataBars?.map((b) => b.range)).toEqual([
      "B4:B4",
      "C4:C4",
      "D4:D4",
      "E4:E4",
      "B10:B11",
      "C10:C11",
      "D10:D11",
      "E10:E11",
    ]);
  });

  it("asks for a stacked bar chart of the sector rows, with no second table of the same counts", () => {
    const summary = sheet(STATUS_SUMMARY_SHEET);
    expect(summary?.grids).toHaveLength(2);
    expect(summary?.charts).toEqual([
      {
        kind: "barStacked",
        name: "KPI status by sector",
        dataRange: "A3:E4",
        title: "KPIs by status and sector, 2021",
        at: "A13",
        to: "F30",
      },
    ]);
  });

  it("titles every page from the plan's document: its symbol at the top right, its title under each table's", () => {
    const titled = makePlan({
      document: { symbol: "C21/INF/7", title: "Report on the plan, 2021" },
    });
    const parsed = parseReport(cleanSnapshot({}, titled), () => titled);
    if (!parsed.ok) throw new Error(parsed.message);
    const sheets = buildAnnexSheets(parsed.report, titled, { generatedAt: "2021-06-30T12:00:00Z" });
    for (const s of sheets) {
      expect(s.cells[1]?.value).toMatch(
        /^C21\/INF\/7: Report on the plan, 2021, reporting year 2021/
      );
      expect(s.print?.headerRight).toBe("C21/INF/7");
    }
  });

  it("ends with the plan's notes on its source, where it has any", () => {
    const noted = makePlan({
      notes: [{ sector: "A", objective: "A.obj.2", text: "Table 4.2 says more." }],
    });
    const parsed = parseReport(cleanSnapshot({}, noted), () => noted);
    if (!parsed.ok) throw new Error(parsed.message);
    const sheets = buildAnnexSheets(parsed.report, noted, { generatedAt: "2021-06-30T12:00:00Z" });
    expect(gridValues(sheets[sheets.length - 1])).toEqual([
      ["Concerns", "Note"],
      ["A Objective 2", "Table 4.2 says more."],
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
        // The resources by goal: two tables, on one page, so no header is repeated above the other table's rows.
        ...(s.name === "Annex resources by goal" ? { onePage: true } : {}),
      });
      expect(s.grids?.[0]?.borders).toBe("all");
      expect(s.tables).toEqual([]);
    }
  });
});

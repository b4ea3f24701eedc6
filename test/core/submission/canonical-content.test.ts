import { buildReportingWorkbook, KpiEntries, KpiEntry } from "../../../src/core/layout";
import { parseReport, Report } from "../../../src/core/report";
import type { Snapshot } from "../../../src/core/snapshot";
import {
  CanonicalCell,
  canonicalCells,
  canonicalText,
  canonicalValue,
  contentHash,
} from "../../../src/core/submission";
import { CLEAN_VALUES } from "../../support/fill";
import { makePlan } from "../../support/make-plan";
import { snapshotOfSpec, SnapshotEdits } from "../../support/spec-snapshot";

const plan = makePlan();
const entries: KpiEntries = new Map(
  Object.entries(CLEAN_VALUES.entries).map(([id, e]) => [id, e as KpiEntry])
);
const spec = buildReportingWorkbook(plan, {
  sectors: ["A"],
  period: 2021,
  createdAt: "2021-06-30T12:00:00Z",
  generator: "test",
  entries,
});
const reportOf = (snapshot: Snapshot): Report => {
  const parsed = parseReport(snapshot, () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
};
const cellsOf = (snapshot: Snapshot): CanonicalCell[] =>
  canonicalCells(snapshot, reportOf(snapshot).meta);
const edited = (edits: SnapshotEdits = {}): CanonicalCell[] => cellsOf(snapshotOfSpec(spec, edits));

describe("canonicalValue", () => {
  it("keeps what a re-save keeps, and settles what it may not", () => {
    expect(
      [
        null,
        "",
        "  two spaces  ",
        "line\r\nbreak\rhere",
        0.1 + 0.2,
        -0,
        1380,
        true,
        { error: "#N/A" },
        { date: "2013-05-01" },
      ].map(canonicalValue)
    ).toEqual([
      null,
      null,
      "  two spaces  ",
      "line\nbreak\nhere",
      0.3,
      0,
      1380,
      true,
      { error: "#N/A" },
      { date: "2013-05-01" },
    ]);
  });
});

describe("canonicalCells", () => {
  it("lists the metadata, then every column of every reporting table but the computed ones, keyed by id", () => {
    const cells = edited();
    expect(cells.slice(0, 5).map((c) => [c.table, c.row, c.column, c.value])).toEqual([
      ["_workbook", "meta", "planId", "test-2020-2023"],
      ["_workbook", "meta", "planVersion", "1.0.0"],
      ["_workbook", "meta", "formatVersion", 1],
      ["_workbook", "meta", "period", 2021],
      ["_workbook", "meta", "sectors", "A"],
    ]);
    const kpi = cells.filter((c) => c.row === "A.kpi.1.1");
    expect(kpi.map((c) => [c.column, c.at?.cell])).toEqual([
      ["KPI ID", "A2"],
      ["Objective ID", "B2"],
      ["Output ID", "C2"],
      ["KPI", "D2"],
      ["Measure", "E2"],
      ["Direction", "F2"],
      ["Unit", "G2"],
      ["Baseline year", "H2"],
      ["Baseline", "I2"],
      ["Target 2020", "J2"],
      ["Actual 2020", "K2"],
      ["Assessment 2020", "L2"],
      ["Target 2021", "M2"],
      ["Actual 2021", "N2"],
      ["Assessment 2021", "O2"],
      ["Target 2022", "P2"],
      ["Actual 2022", "Q2"],
      ["Assessment 2022", "R2"],
      ["Target 2023", "S2"],
      ["Actual 2023", "T2"],
      ["Assessment 2023", "U2"],
      ["Data note", "X2"],
      ["Evidence / comment", "Y2"],
    ]);
    expect(kpi.find((c) => c.column === "Actual 2021")?.value).toBe(121);
    expect(
      cells.filter((c) => c.table === "A Outputs").map((c) => [c.row, c.column, c.value])
    ).toEqual([
      ["A.out.1", "Output ID", "A.out.1"],
      ["A.out.1", "Output", "Conference"],
      ["A.out.1", "Note", null],
      ["A.out.1", "Objective 1", "X"],
      ["A.out.1", "Objective 2", null],
      ["A.out.2", "Output ID", "A.out.2"],
      ["A.out.2", "Output", "Publications"],
      ["A.out.2", "Note", null],
      ["A.out.2", "Objective 1", "X"],
      ["A.out.2", "Objective 2", "X"],
    ]);
    expect([...new Set(cells.filter((c) => c.table === "A Results").map((c) => c.row))]).toEqual([
      "A.obj.1 Objective",
      "A.obj.1 Output 1",
      "A.obj.1 Output 2",
      "A.er.1.1",
      "A.obj.2 Objective",
      "A.obj.2 Output 1",
      "A.er.2.1",
    ]);
    expect([...new Set(cells.map((c) => c.table))]).toEqual([
      "_workbook",
      "Goals",
      "A Objectives",
      "A Outputs",
      "A Results",
      "A KPIs",
      "A Resources",
      "A Objective Resources",
    ]);
  });

  it("writes one JSON line per cell, sorted by code point, so other tools can recompute it", () => {
    const text = canonicalText(edited());
    const lines = text.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines[0]).toBe('["A KPIs","A.kpi.1.1","Actual 2020",112]');
    expect(lines).toContain(
      '["A Results","A.er.2.1","Text","Publications sold\\n• on paper\\n• online"]'
    );
    expect([...lines].sort()).toEqual(lines);
  });
});

describe("contentHash", () => {
  let stamped: string;
  beforeAll(async () => {
    stamped = await contentHash(edited());
  });

  it("is unchanged when rows are sorted differently, sheets renamed or computed cells recalculated", async () => {
    const snapshot = snapshotOfSpec(spec, { "A KPIs!W2": "Met", "A KPIs!V2": 1.1 });
    const reordered: Snapshot = {
      ...snapshot,
      tables: snapshot.tables.map((t) =>
        t.name === "A_KPIs" ? { ...t, sheet: "My KPIs", rows: [...t.rows].reverse() } : t
      ),
    };
    expect(await contentHash(cellsOf(reordered))).toBe(stamped);
  });

  it("is unchanged by the last-digit noise of a number written back by another program", async () => {
    expect(await contentHash(edited({ "A KPIs!N4": 75.00000000000001 }))).toBe(stamped);
  });

  it("changes with any reported value, link mark, plan text or Table X.2 text", async () => {
    const edits: SnapshotEdits[] = [
      { "A KPIs!N2": 122 },
      { "A KPIs!N2": "121" },
      { "A Outputs!E2": "X" },
      { "A Outputs!B2": "Conference (renamed)" },
      { "A Objectives!E2": "Another objective." },
      { "Goals!B2": "Goal Z" },
      { "A Results!D2": "Objective 1: First objective of A." },
      { "A KPIs!Y3": " " },
    ];
    for (const edit of edits) expect(await contentHash(edited(edit))).not.toBe(stamped);
  });
});

import { specSnapshot } from "../../../src/core/submission";
import { parseReport, linkedObjectiveIds } from "../../../src/core/report";
import type { Snapshot, SnapshotCell } from "../../../src/core/snapshot";
import { buildUpgradedWorkbook } from "../../../src/core/upgrade";
import { loadPlan, Plan } from "../../../src/core/plan";
import { makePlan, makePlanFile } from "../../support/make-plan";
import { cleanSnapshot } from "../../support/rule-harness";
import type { SnapshotEdits } from "../../support/spec-snapshot";

const OPTIONS = { createdAt: "2021-06-30T12:00:00Z", generator: "test" };

const upgrade = (before: Snapshot, plan: Plan) => {
  const parsed = parseReport(before, () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return buildUpgradedWorkbook(before, parsed.report, plan, OPTIONS);
};

const reportOf = (snapshot: Snapshot, plan: Plan) => {
  const parsed = parseReport(snapshot, () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
};

/** The test plan with sector A's objectives relabelled, "Objective 1" now "Objective A1" and so on. */
const renumbered = (): Plan => {
  const file = makePlanFile() as { sectors: { objectives: Record<string, unknown>[] }[] };
  const a = file.sectors[0];
  if (!a) throw new Error("no sector A");
  const [one, two] = a.objectives as [Record<string, unknown>, Record<string, unknown>];
  a.objectives = [
    { ...one, label: "Objective A1" },
    { ...two, label: "Objective A2" },
  ];
  const loaded = loadPlan({ ...file, version: "1.1.0" });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.value;
};

/** A snapshot with one more row in a table, as an officer adds one inside it. */
const withRow = (
  snapshot: Snapshot,
  table: string,
  values: (string | number | null)[]
): Snapshot => ({
  ...snapshot,
  tables: snapshot.tables.map((t) => {
    if (t.name !== table) return t;
    const row = t.rows.length + 2;
    const cells: SnapshotCell[] = t.headers.map((_, i) => ({
      sheet: t.sheet,
      cell: `${String.fromCharCode(65 + i)}${row}`,
      value: values[i] ?? null,
    }));
    return { ...t, rows: [...t.rows, cells] };
  }),
});

describe("buildUpgradedWorkbook", () => {
  it("places every value of an unchanged plan, and the rebuilt tables equal the ones read", () => {
    const plan = makePlan();
    const edits: SnapshotEdits = { "B Objectives!G2": "X", "A KPIs!Y3": "Evidence typed in" };
    const before = cleanSnapshot(edits, plan);
    const { spec, carried } = upgrade(before, plan);
    expect(carried.notPlaced).toEqual([]);
    const after = specSnapshot(spec);
    const values = (s: Snapshot) =>
      s.tables
        .filter((t) => t.name !== "KPI_Meta")
        .map((t) => t.rows.map((r) => r.map((c) => c.value)));
    expect(values(after)).toEqual(values(before));
  });

  it("rebuilds an English workbook in French, placing every value: columns by what they are, words by what they say", () => {
    const plan = makePlan();
    const before = cleanSnapshot({ "A KPIs!Y3": "Evidence typed in" }, plan);
    const english = upgrade(before, plan).carried;
    const parsed = parseReport(before, () => plan);
    if (!parsed.ok) throw new Error(parsed.message);
    const { spec, carried } = buildUpgradedWorkbook(before, parsed.report, plan, {
      ...OPTIONS,
      language: "fr",
    });
    expect(carried.notPlaced).toEqual([]);
    expect(carried.placed).toBe(english.placed);
    const after = specSnapshot(spec);
    expect(after.tables.find((t) => t.name === "A_Resources")?.headers.slice(0, 4)).toEqual([
      "ID du produit",
      "Produit",
      "Budget 2020",
      "Dépenses 2020",
    ]);
    // The upgraded French workbook reads back with the English one's report: the same entries, in French words.
    const report = reportOf(after, plan);
    expect(report.meta.language).toBe("fr");
    expect(report.sectors.map((s) => s.kpis?.length)).toEqual(
      parsed.report.sectors.map((s) => s.kpis?.length)
    );
  });

  it("follows a relabelled objective by its id: each output keeps the objectives it was linked to", () => {
    const plan = makePlan();
    // A.out.1 (row 2) linked by the officer to A.obj.2 as well (column E, "Objective 2" in version 1.0.0).
    const before = cleanSnapshot({ "A Outputs!E2": "X" }, plan);
    const v11 = renumbered();
    const { spec, carried } = upgrade(before, v11);
    expect(carried.notPlaced).toEqual([]);
    const was = reportOf(before, plan).sectors[0];
    const now = reportOf(specSnapshot(spec), v11).sectors[0];
    if (!was?.outputs || !now?.outputs) throw new Error("no outputs");
    const links = (s: typeof was) =>
      (s.outputs ?? []).map((o) => [o.id, linkedObjectiveIds(s, o).sort()]);
    expect(links(now)).toEqual(links(was));
    expect(links(now)).toEqual([
      ["A.out.1", ["A.obj.1", "A.obj.2"]],
      ["A.out.2", ["A.obj.1", "A.obj.2"]],
    ]);
  });

  it("carries budgets, expenditure and shares by output id, each share under its objective's new label", () => {
    const plan = makePlan();
    const before = cleanSnapshot(
      {
        "A Resources!E2": 500,
        "A Resources!F2": 480,
        "A Resources!K3": 60,
        "A Resources!L3": 40,
        "A Objective Resources!C2": 100,
      },
      plan
    );
    const v11 = renumbered();
    const { spec, carried } = upgrade(before, v11);
    expect(carried.notPlaced).toEqual([]);
    const table = spec.sheets.find((s) => s.name === "A Resources")?.tables[0];
    const at = (header: string) => table?.columns.findIndex((c) => c.header === header) ?? -1;
    expect(
      table?.rows.map((r) => [
        r[0],
        r[at("Budget 2021")],
        r[at("Expenditure 2021")],
        r[at("Share Objective A1")],
        r[at("Share Objective A2")],
      ])
    ).toEqual([
      ["A.out.1", 500, 480, null, null],
      ["A.out.2", null, null, 60, 40],
    ]);
    expect(
      spec.sheets.find((s) => s.name === "A Objective Resources")?.tables[0]?.rows[0]?.[2]
    ).toBe(100);
  });

  it("reports a row an officer added with an id the plan lacks, a row without id and a second row of one id", () => {
    const plan = makePlan();
    let before = cleanSnapshot({}, plan);
    before = withRow(before, "A_KPIs", [
      "A.kpi.9.9",
      "A.obj.1",
      null,
      "Our own KPI",
      null,
      null,
      null,
      null,
      5,
    ]);
    before = withRow(before, "A_KPIs", [null, null, null, "Unnamed"]);
    before = withRow(before, "A_KPIs", ["A.kpi.1.1", null, null, null, null, null, null, 2018]);
    const { carried } = upgrade(before, plan);
    expect(carried.notPlaced.map((n) => [n.cell, n.rowId, n.column, n.value, n.reason])).toEqual([
      [
        "B8",
        "A.kpi.9.9",
        "Objective ID",
        "A.obj.1",
        "A.kpi.9.9 is not in plan test-2020-2023 version 1.0.0",
      ],
      [
        "D8",
        "A.kpi.9.9",
        "KPI",
        "Our own KPI",
        "A.kpi.9.9 is not in plan test-2020-2023 version 1.0.0",
      ],
      ["I8", "A.kpi.9.9", "Baseline", 5, "A.kpi.9.9 is not in plan test-2020-2023 version 1.0.0"],
      ["D9", "", "KPI", "Unnamed", "its row has no id, so no row of the upgraded table is its own"],
      [
        "H10",
        "A.kpi.1.1",
        "Baseline year",
        2018,
        "a second row with id A.kpi.1.1: only the first row of an id is carried",
      ],
    ]);
  });

  it("reports every entry of a KPI table it cannot parse rather than writing it back empty", () => {
    const plan = makePlan();
    // A renamed header makes the table unreadable for the parser (column-missing): nothing may vanish for that.
    const before = cleanSnapshot({ "A KPIs!H1": "Year of baseline" }, plan);
    const { carried } = upgrade(before, plan);
    const lost = carried.notPlaced.filter((n) => n.sheet === "A KPIs");
    expect(lost).toContainEqual({
      sheet: "A KPIs",
      cell: "H2",
      rowId: "A.kpi.1.1",
      column: "Year of baseline",
      value: 2019,
      reason: 'column "Year of baseline" is not in the upgraded table',
      why: { key: "upgrade.why.columnGone", values: { column: "Year of baseline" } },
    });
    expect(lost).toContainEqual({
      sheet: "A KPIs",
      cell: "I2",
      rowId: "A.kpi.1.1",
      column: "Baseline",
      value: 100,
      reason: "the upgraded workbook holds an empty cell here",
      why: { key: "upgrade.why.holdsEmpty", values: {} },
    });
  });

  it("carries a cell outside the tables to the same place, moved down as far as the table above it grew", () => {
    const plan = makePlan();
    const before: Snapshot = {
      ...cleanSnapshot({}, plan),
      cells: [
        { sheet: "A KPIs", cell: "A9", value: "Checked" },
        { sheet: "A KPIs", cell: "AB1", value: 42 },
        { sheet: "Instructions", cell: "A1", value: "KPI report: an older title" },
      ],
    };
    const { spec, carried } = upgrade(before, plan);
    const kpis = spec.sheets.find((s) => s.name === "A KPIs");
    expect(kpis?.cells).toEqual([
      { address: "A9", value: "Checked", style: "plain" },
      { address: "AB1", value: 42, style: "plain" },
    ]);
    expect(carried.notPlaced).toEqual([]);
    const instructions = spec.sheets.find((s) => s.name === "Instructions");
    expect(instructions?.cells[0]?.value).toBe("KPI report: Test plan 2020-2023");
  });
});

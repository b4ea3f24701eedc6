import { buildReportingWorkbook, KpiEntry } from "../../../src/core/layout";
import { parseReport, Report } from "../../../src/core/report";
import {
  buildConsolidatedWorkbook,
  chooseSubmissions,
  Consolidation,
  readStamp,
  specSnapshot,
  SubmissionFile,
  verifyStamp,
} from "../../../src/core/submission";
import { moneyIn, rollUpResources } from "../../../src/core/resources";
import { CLEAN_VALUES } from "../../support/fill";
import { makePlan } from "../../support/make-plan";
import { snapshotOfSpec, SnapshotEdits } from "../../support/spec-snapshot";

const plan = makePlan();
const sectorReport = (sector: string, edits: SnapshotEdits = {}): Report => {
  const spec = buildReportingWorkbook(plan, {
    sectors: [sector],
    period: 2021,
    createdAt: "2021-06-30T12:00:00Z",
    generator: "test",
    entries: new Map(Object.entries(CLEAN_VALUES.entries).map(([id, e]) => [id, e as KpiEntry])),
  });
  const parsed = parseReport(snapshotOfSpec(spec, edits), () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
};
const unstamped = (file: string, report: Report): SubmissionFile => ({
  file,
  report,
  verification: null,
});
const consolidate = (files: SubmissionFile[]): Consolidation => {
  const result = chooseSubmissions(plan, files, { preferNewer: false, allowUnverified: true });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join());
  return result.value;
};

describe("buildConsolidatedWorkbook", () => {
  const officerEdits = {
    "A KPIs!B3": "A.obj.2", // the officer moved A.kpi.1.2 to Objective 2
    "A KPIs!C3": "A.out.2",
    "A Outputs!E2": "X", // and linked Conference to Objective 2
    "A Objectives!G3": "x", // a lower-case mark stays as typed: validation, not consolidation, judges it
  };
  let built: Awaited<ReturnType<typeof buildConsolidatedWorkbook>>;
  beforeAll(async () => {
    built = await buildConsolidatedWorkbook(
      plan,
      consolidate([
        unstamped("b.xlsx", sectorReport("B")),
        unstamped("a.xlsx", sectorReport("A", officerEdits)),
      ]),
      { createdAt: "2021-07-15T08:00:00Z", generator: "test", preparer: "Council secretariat" }
    );
  });
  const sheet = (name: string) => built.workbook.sheets.find((s) => s.name === name);

  it("keeps each officer's own entries and link marks, not the plan's", () => {
    const kpis = sheet("A KPIs")?.tables[0]?.rows ?? [];
    expect(kpis[1]?.slice(0, 3)).toEqual(["A.kpi.1.2", "A.obj.2", "A.out.2"]);
    expect(sheet("A Outputs")?.tables[0]?.rows[0]?.slice(3)).toEqual(["X", "X"]);
    expect(sheet("A Objectives")?.tables[0]?.rows[1]?.slice(5)).toEqual(["X", "x"]);
  });

  it("carries each sector's budgets and shares, and sums the sectors by goal", async () => {
    const { workbook } = await buildConsolidatedWorkbook(
      plan,
      consolidate([
        unstamped(
          "a.xlsx",
          sectorReport("A", { "A Resources!E2": 500, "A Resources!K3": 60, "A Resources!L3": 40 })
        ),
        unstamped("b.xlsx", sectorReport("B", { "B Resources!E2": 200, "B Objectives!F2": "X" })),
      ]),
      { createdAt: "2021-07-15T08:00:00Z", generator: "test", preparer: "Council secretariat" }
    );
    const rows = (name: string) => workbook.sheets.find((s) => s.name === name)?.tables[0]?.rows;
    expect(rows("A Resources")?.map((r) => [r[0], r[4], r[10], r[11]])).toEqual([
      ["A.out.1", 500, null, null],
      ["A.out.2", null, 60, 40],
    ]);
    expect(rows("B Resources")?.[0]?.[4]).toBe(200);
    const goalA = rows("Resources by Goal")?.[0]?.[4] as { formula: string };
    expect(goalA.formula).toContain("'A Objective Resources'!");
    expect(goalA.formula).toContain("'B Objective Resources'!");
    const parsed = parseReport(specSnapshot(workbook), () => plan);
    if (!parsed.ok) throw new Error(parsed.message);
    const rollup = rollUpResources(parsed.report, plan);
    expect(rollup.goals.map((g) => [g.id, moneyIn(rollup, g, 2021).budget])).toEqual([
      ["goal.A", 700],
      ["goal.B", 0],
    ]);
  });

  it("puts sectors in plan order after a Consolidation sheet, their tabs red where unverified", () => {
    expect(built.workbook.sheets.map((s) => s.name)).toEqual([
      "Instructions",
      "Consolidation",
      "Goals",
      "A Objectives",
      "A Outputs",
      "A Results",
      "A KPIs",
      "A Resources",
      "A Objective Resources",
      "B Objectives",
      "B Outputs",
      "B KPIs",
      "B Resources",
      "B Objective Resources",
      "Resources by Sector",
      "Resources by Goal",
      "Part II Matrix",
      "Outputs by Goal",
      "Part II Matrix, Amounts",
      "Outputs by Goal, Amounts",
      "Status summary",
      "Annex resources by goal",
      "Budget execution",
      "Table 4.1",
      "Table 4.2",
      "Table 5.1",
      "Table 8.1",
      "_kpi_meta",
      "Submission",
      "_kpi_stamp",
    ]);
    expect(sheet("Consolidation")?.tables[0]?.rows).toEqual([
      ["A", "a.xlsx", null, null, null, "NOT VERIFIED: no readable stamp"],
      ["B", "b.xlsx", null, null, null, "NOT VERIFIED: no readable stamp"],
    ]);
    expect(sheet("A KPIs")?.tabColor).toBe("FFC00000");
    expect(sheet("Goals")?.tabColor).toBeUndefined();
  });

  it("is stamped, returns the stamp it wrote, and its stamp names the unverified sectors", async () => {
    const snapshot = specSnapshot(built.workbook);
    const stamped = readStamp(snapshot);
    if (!stamped.ok) throw new Error(stamped.errors.join());
    expect(stamped.value.stamp.unverifiedSectors).toEqual(["A", "B"]);
    expect(stamped.value.stamp.preparer).toBe("Council secretariat");
    expect(built.stamp).toEqual(stamped.value.stamp);
    const parsed = parseReport(snapshot, () => plan);
    if (!parsed.ok) throw new Error(parsed.message);
    expect((await verifyStamp(snapshot, parsed.report.meta, stamped.value)).unchanged).toBe(true);
  });
});

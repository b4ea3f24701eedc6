import { buildReportingWorkbook } from "../../../src/core/layout";
import { parseReport } from "../../../src/core/report";
import type { Snapshot } from "../../../src/core/snapshot";
import { makePlan } from "../../support/make-plan";
import { snapshotOfSpec } from "../../support/spec-snapshot";

const plan = makePlan();
const spec = buildReportingWorkbook(plan, {
  sectors: ["A"],
  period: 2021,
  createdAt: "2021-06-30T12:00:00Z",
  generator: "test",
});

const parsed = (snapshot: Snapshot) => {
  const result = parseReport(snapshot, () => plan);
  if (!result.ok) throw new Error(result.message);
  return result;
};

/** The structural findings of reading a snapshot, as "rule severity sheet!cell: message". */
const structural = (snapshot: Snapshot): string[] =>
  parsed(snapshot).findings.map(
    (f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell ?? "-"}: ${f.message}`
  );

/** The snapshot with the resources table of sector A moved to a sheet of another name. */
const withResourcesOn = (sheet: string): Snapshot => {
  const snapshot = snapshotOfSpec(spec);
  return {
    ...snapshot,
    tables: snapshot.tables.map((t) => (t.name === "A_Resources" ? { ...t, sheet } : t)),
  };
};

describe("reading a sector's resources tables", () => {
  it("reads each output's amounts per year and its shares, by the id in its row", () => {
    const snapshot = snapshotOfSpec(spec, {
      "A Resources!C2": 1000,
      "A Resources!D2": 800,
    });
    const sector = parsed(snapshot).report.sectors.find((s) => s.id === "A");
    const first = sector?.outputResources?.[0];
    expect(first?.id).toBe(plan.sectors[0]?.outputs[0]?.id);
    expect(first?.at).toEqual({ sheet: "A Resources", cell: "A2" });
    expect(first?.years[0]).toMatchObject({
      year: plan.period.start,
      budget: { value: 1000, cell: "C2" },
      expenditure: { value: 800, cell: "D2" },
    });
    expect(sector?.objectiveResources?.map((o) => o.id)).toEqual(
      plan.sectors[0]?.objectives.map((o) => o.id)
    );
  });

  it("says once that the Resources sheet was renamed, and still reads its table", () => {
    const snapshot = withResourcesOn("Money");
    expect(structural(snapshot)).toEqual([
      'sheet-renamed info Money!-: Sheet "A Resources" was renamed "Money"; its table A_Resources is still read',
    ]);
    expect(parsed(snapshot).report.sectors[0]?.outputResources).not.toBeNull();
  });

  it("names the Output ID column when it is gone, at the table's header, and reads no row", () => {
    const snapshot = snapshotOfSpec(spec, { "A Resources!A1": "Output" });
    expect(structural(snapshot)).toEqual([
      'column-missing error A Resources!A1: Table A_Resources has no column "Output ID"',
    ]);
    expect(parsed(snapshot).report.sectors[0]?.outputResources).toBeNull();
  });
});

import { buildReportingWorkbook } from "../../../src/core/layout";
import { loadPlan, Plan } from "../../../src/core/plan";
import { parseReport } from "../../../src/core/report";
import { runRules, ruleContext } from "../../../src/core/rules";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findingsOf } from "../../support/rule-harness";
import { snapshotOfSpec, SnapshotEdits } from "../../support/spec-snapshot";

const itu2012 = (): Plan => {
  const loaded = loadPlan(
    JSON.parse(readFileSync(join(__dirname, "../../../plan-data/itu-2012-2015.json"), "utf8"))
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.value;
};

/** The x2-outputs-agree findings of a blank 2012-2015 workbook after the edits, as "Sheet!Cell: message". */
const ituFindings = (edits: SnapshotEdits = {}): string[] => {
  const plan = itu2012();
  const spec = buildReportingWorkbook(plan, {
    sectors: [],
    period: 2013,
    createdAt: "2013-01-01T00:00:00Z",
    generator: "test",
  });
  const parsed = parseReport(snapshotOfSpec(spec, edits), () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return runRules(parsed.report, { ...ruleContext(parsed.report, plan), period: 2013 })
    .filter((f) => f.rule === "x2-outputs-agree")
    .map((f) => `${f.sheet}!${f.cell ?? "-"}: ${f.message}`);
};

describe("x2-outputs-agree", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("x2-outputs-agree")).toEqual([]);
  });

  it("does not report what the plan's own source disagrees on (its notes): a blank 2012-2015 workbook has none", () => {
    expect(ituFindings()).toEqual([]);
  });

  it("reports a Table X.2 text changed in the workbook once, at that text", () => {
    expect(findingsOf("x2-outputs-agree", { "A Results!D3": "Conferences and seminars" })).toEqual([
      "A Results!D3: Table 4.2's text for Objective 1 was changed to \"Conferences and seminars\", which is not the plan's wording",
    ]);
  });

  it("reports an output unlinked from an objective Table X.2 lists it under once, at the link cell emptied", () => {
    // A Outputs: D = Objective 1, E = Objective 2; row 2 Conference, row 3 Publications.
    expect(findingsOf("x2-outputs-agree", { "A Outputs!D3": null })).toEqual([
      'A Outputs!D3: Table 4.2 lists output "Publications" for Objective 1, but this cell no longer links it there in Table 4.1',
    ]);
  });

  it("reports an output linked where Table X.2 does not list it once, at the X that links it", () => {
    expect(findingsOf("x2-outputs-agree", { "A Outputs!E2": "X" })).toEqual([
      'A Outputs!E2: This X links output "Conference" to Objective 2, which the plan does not: Table 4.2 does not list it there',
    ]);
  });

  it("reports a renamed output once, at its row", () => {
    expect(findingsOf("x2-outputs-agree", { "A Outputs!B2": "Conferences" })).toEqual([
      'A Outputs!A2: The name of output A.out.1 was changed to "Conferences": Table 4.2 lists no output of that name for Objective 1',
    ]);
  });

  it("reports what a 2012-2015 workbook adds beside the source's own disagreements, and gives each a fix", () => {
    const plan = itu2012();
    const sheet = "ITU-R Outputs";
    const spec = buildReportingWorkbook(plan, {
      sectors: ["ITU-R"],
      period: 2013,
      createdAt: "2013-01-01T00:00:00Z",
      generator: "test",
    });
    const outputs = spec.sheets.find((s) => s.name === sheet)?.tables[0];
    const header = outputs?.columns.map((c) => c.header) ?? [];
    const col = String.fromCharCode(65 + header.indexOf("Objective 5"));
    // The first output not linked to Objective 5, linked to it by the officer.
    const r = (outputs?.rows ?? []).findIndex((row) => row[header.indexOf("Objective 5")] === null);
    const parsed = parseReport(
      snapshotOfSpec(spec, { [`${sheet}!${col}${r + 2}`]: "X" }),
      () => plan
    );
    if (!parsed.ok) throw new Error(parsed.message);
    const found = runRules(parsed.report, {
      ...ruleContext(parsed.report, plan),
      period: 2013,
    }).filter((f) => f.rule === "x2-outputs-agree");
    expect(found.map((f) => `${f.sheet}!${f.cell ?? "-"}`)).toEqual([`${sheet}!${col}${r + 2}`]);
    expect(found[0]?.fix).toMatch(/X marks/);
  });
});

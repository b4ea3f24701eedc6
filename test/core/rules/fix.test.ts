import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildReportingWorkbook, parseEntriesFile } from "../../../src/core/layout";
import { loadPlan } from "../../../src/core/plan";
import { parseReport } from "../../../src/core/report";
import { RULES, ruleContext, runRules, STRUCTURE_RULES, withFix } from "../../../src/core/rules";
import { snapshotOfSpec } from "../../support/spec-snapshot";

describe("what to do", () => {
  it("every rule says what to do about its findings", () => {
    for (const rule of [...STRUCTURE_RULES, ...RULES]) expect(rule.fix.length).toBeGreaterThan(10);
  });

  it("every error and warning on the demo's sample workbook comes with what to do", () => {
    const root = join(__dirname, "../../..");
    const loaded = loadPlan(
      JSON.parse(readFileSync(join(root, "plan-data/itu-2012-2015.json"), "utf8"))
    );
    if (!loaded.ok) throw new Error("plan");
    const plan = loaded.value;
    const sample = parseEntriesFile(
      "sample",
      readFileSync(join(root, "samples/itu-2012-2015.sample.json"), "utf8")
    );
    if (!sample.ok) throw new Error("sample");
    const spec = buildReportingWorkbook(plan, {
      sectors: [],
      period: 2013,
      createdAt: "2013-01-01T00:00:00Z",
      generator: "test",
      entries: sample.value.entries,
    });
    const parsed = parseReport(snapshotOfSpec(spec, { "ITU-R Outputs!A2": "" }), () => plan);
    if (!parsed.ok) throw new Error(parsed.message);
    const findings = withFix([
      ...parsed.findings,
      ...runRules(parsed.report, { ...ruleContext(parsed.report, plan), period: 2013 }),
    ]);
    expect(findings.filter((f) => f.severity !== "info").length).toBeGreaterThan(5);
    expect(findings.filter((f) => f.severity !== "info" && !f.fix)).toEqual([]);
  });
});

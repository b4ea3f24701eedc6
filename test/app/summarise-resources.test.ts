import { readFileSync } from "node:fs";
import { join } from "node:path";
import { summariseResources } from "../../src/app";
import { buildReportingWorkbook, parseEntriesFile } from "../../src/core/layout";
import { planFinder } from "../../src/core/plan";
import { createExcelFake } from "../support/excel-fake";
import { makePlan } from "../support/make-plan";
import { excelWith, ituPlan, officePort, reportingSpec } from "../support/office-port";

const SAMPLE = join(__dirname, "..", "..", "samples", "itu-2012-2015.sample.json");

/** The demo's sample (with its deliberate over-spend), as `kpi-report new --values` writes it. */
const sampleWorkbook = () => {
  const parsed = parseEntriesFile(SAMPLE, readFileSync(SAMPLE, "utf8"));
  if (!parsed.ok) throw new Error("cannot read the sample");
  return buildReportingWorkbook(ituPlan(), {
    sectors: [],
    period: 2013,
    createdAt: "2014-01-15T09:00:00.000Z",
    generator: "test",
    entries: parsed.value.entries,
    resources: parsed.value.resources,
  });
};

/** Each sector's 2013 budget and expenditure, added up straight from the sample file. */
const sampleSectors = (): Map<string, { budget: number; expenditure: number }> => {
  const json = JSON.parse(readFileSync(SAMPLE, "utf8")) as {
    resources: {
      outputs: Record<
        string,
        { budget?: Record<string, number>; expenditure?: Record<string, number> }
      >;
    };
  };
  const sums = new Map<string, { budget: number; expenditure: number }>();
  for (const [id, output] of Object.entries(json.resources.outputs)) {
    const sector = id.replace(/\.out\..*$/, "");
    const sum = sums.get(sector) ?? { budget: 0, expenditure: 0 };
    sum.budget += output.budget?.["2013"] ?? 0;
    sum.expenditure += output.expenditure?.["2013"] ?? 0;
    sums.set(sector, sum);
  }
  return sums;
};

describe("summariseResources", () => {
  it("gives each sector's and goal's budget, expenditure and execution in the reporting year, and counts the over-spend", async () => {
    const excel = await excelWith(sampleWorkbook());
    const result = await summariseResources(officePort(excel), planFinder([ituPlan()]));
    if (!result.ok) throw new Error(result.errors.join(" "));
    const s = result.value;
    expect([s.planId, s.period, s.currency, s.hasResources]).toEqual([
      "itu-2012-2015",
      2013,
      "CHF",
      true,
    ]);
    const expected = sampleSectors();
    expect(s.sectors.map((l) => [l.label, l.money])).toEqual(
      ["ITU-R", "ITU-T", "ITU-D", "GS"].map((id) => [id, expected.get(id)])
    );
    for (const line of s.sectors)
      expect(line.rate).toBeCloseTo(line.money.expenditure / line.money.budget, 12);
    expect(s.goals.map((g) => g.label)).toEqual([
      "Goal ITU-R",
      "Goal ITU-T",
      "Goal ITU-D",
      "Goal GS",
    ]);
    // Every output of the sample reaches a goal: the goals share out exactly the sectors' money.
    expect(s.allGoals.money.budget).toBeCloseTo(s.allSectors.money.budget, 6);
    expect(s.allGoals.money.expenditure).toBeCloseTo(s.allSectors.money.expenditure, 6);
    expect(s.allSectors.money.budget).toBe(
      [...expected.values()].reduce((n, m) => n + m.budget, 0)
    );
    expect(s.findings).toEqual({
      errors: 0,
      warnings: 1,
      info: 0,
      byRule: [
        {
          rule: "over-spend",
          title: "Expenditure above budget beyond the plan's tolerance",
          severity: "warning",
          count: 1,
        },
      ],
    });
  });

  it("says a workbook made before resources has none, and refuses a workbook that is no reporting workbook", async () => {
    const spec = reportingSpec(makePlan(), 2021);
    const excel = await excelWith({
      ...spec,
      sheets: spec.sheets.filter((sheet) => !/Resources/.test(sheet.name)),
    });
    const old = await summariseResources(officePort(excel), planFinder([makePlan()]));
    if (!old.ok) throw new Error(old.errors.join(" "));
    expect(old.value.hasResources).toBe(false);
    expect(old.value.sectors.map((l) => l.money)).toEqual([
      { budget: 0, expenditure: 0 },
      { budget: 0, expenditure: 0 },
    ]);
    expect(old.value.findings.byRule).toEqual([]);

    const none = await summariseResources(officePort(createExcelFake()), planFinder([makePlan()]));
    expect(none.ok).toBe(false);
  });
});

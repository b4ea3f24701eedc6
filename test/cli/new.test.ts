import ExcelJS from "exceljs";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { kpiReport, planDir, tempDir } from "../support/cli-harness";

const sheetNames = async (file: string): Promise<string[]> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
};

describe("kpi-report new", () => {
  it("writes a workbook with every sector's sheets and says what it wrote", async () => {
    const out = join(tempDir(), "report.xlsx");
    const r = await kpiReport(
      "--plans-dir",
      planDir(),
      "new",
      "--plan",
      "test-2020-2023",
      "--period",
      "2021",
      "--out",
      out
    );
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("reporting year 2021, sectors A, B (3 objectives, 3 outputs, 6 KPIs");
    expect(await sheetNames(out)).toEqual([
      "Instructions",
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
      "_kpi_meta",
    ]);
  });

  it("writes only the sectors asked for, in any case, repeated or comma-separated", async () => {
    const out = join(tempDir(), "b.xlsx");
    const r = await kpiReport(
      "--plans-dir",
      planDir(),
      "new",
      "--plan",
      "test-2020-2023",
      "--sector",
      "b",
      "--period",
      "2020",
      "--out",
      out
    );
    expect(r.code).toBe(0);
    expect(await sheetNames(out)).toEqual([
      "Instructions",
      "Goals",
      "B Objectives",
      "B Outputs",
      "B KPIs",
      "B Resources",
      "B Objective Resources",
      "Resources by Sector",
      "Resources by Goal",
      "_kpi_meta",
    ]);
  });

  it("uses this year as the reporting year when it falls within the plan", async () => {
    const out = join(tempDir(), "default.xlsx");
    const r = await kpiReport(
      "--plans-dir",
      planDir(),
      "new",
      "--plan",
      "test-2020-2023",
      "--out",
      out
    );
    expect(r.out.split("\n")[1]).toBe(
      "  Reporting year 2021: this year, within the plan's period 2020-2023. Give --period <year> for another."
    );
  });

  it.each([
    ["2026-01-15T09:00:00Z", "2023: the plan's last year, because this year (2026) is after"],
    ["2018-01-15T09:00:00Z", "2020: the plan's first year, because this year (2018) is before"],
  ])(
    "says which year it chose, and why, when today (%s) is outside the plan",
    async (today, said) => {
      const out: string[] = [];
      const argv = [
        "--plans-dir",
        planDir(),
        "new",
        "--plan",
        "test-2020-2023",
        "--out",
        join(tempDir(), "w.xlsx"),
      ];
      const code = await run(
        argv,
        { out: (l) => out.push(l), err: (l) => out.push(l) },
        () => new Date(today)
      );
      expect(code).toBe(0);
      expect(out[1]).toBe(
        `  Reporting year ${said} the plan's period 2020-2023. Give --period <year> for another.`
      );
    }
  );

  it("says nothing of how the year was chosen when it was given", async () => {
    const args = ["--period", "2022", "--out", join(tempDir(), "w.xlsx")];
    const r = await kpiReport("--plans-dir", planDir(), "new", "--plan", "test-2020-2023", ...args);
    expect(r.out.split("\n")).toHaveLength(1);
  });

  it("reports the values it placed and those it skipped, by reason", async () => {
    const dir = tempDir();
    const values = join(dir, "values.json");
    writeFileSync(
      values,
      JSON.stringify({
        plan: "test-2020-2023",
        entries: {
          // a baseline, a target and an actual; a target for 2019, outside the plan
          "A.kpi.1.1": {
            baseline: 100,
            targets: { "2021": 110, "2019": 90 },
            actuals: { "2021": 121 },
          },
          // an empty value is no value
          "A.kpi.1.2": { dataNote: "" },
        },
      })
    );
    const make = (sector: string): ReturnType<typeof kpiReport> =>
      kpiReport(
        ...["--plans-dir", planDir(), "new", "--plan", "test-2020-2023", "--sector", sector],
        ...["--period", "2021", "--values", values, "--out", join(dir, `${sector}.xlsx`)]
      );
    const a = await make("A");
    expect(a.code).toBe(0);
    expect(a.out.split("\n").slice(1)).toEqual([
      `  3 values of ${values} placed`,
      "  1 value skipped: for years outside the plan's period 2020-2023",
    ]);
    expect((await make("B")).out.split("\n").slice(1)).toEqual([
      `  0 values of ${values} placed`,
      "  4 values skipped: for KPIs of sectors this workbook does not include",
    ]);
  });

  it("refuses to replace an existing file without --force, and leaves it as it was", async () => {
    const out = join(tempDir(), "mine.xlsx");
    writeFileSync(out, "the officer's own file");
    const r = await kpiReport(
      "--plans-dir",
      planDir(),
      "new",
      "--plan",
      "test-2020-2023",
      "--out",
      out
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/mine\.xlsx already exists; use --force to replace it$/);
    expect(readFileSync(out, "utf8")).toBe("the officer's own file");
    expect(readdirSync(join(out, ".."))).toEqual(["mine.xlsx"]);
  });

  it("replaces an existing file with --force", async () => {
    const out = join(tempDir(), "mine.xlsx");
    writeFileSync(out, "old");
    const r = await kpiReport(
      "--plans-dir",
      planDir(),
      "new",
      "--plan",
      "test-2020-2023",
      "--out",
      out,
      "--force"
    );
    expect(r.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(5000);
  });

  it.each([
    [["--plan", "nope"], /no plan "nope" in .*; known plans: test-2020-2023/],
    [
      ["--plan", "test-2020-2023", "--sector", "Z"],
      /sector "Z" is not in plan test-2020-2023; its sectors are A, B/,
    ],
    [
      ["--plan", "test-2020-2023", "--period", "2019"],
      /period 2019 is outside plan test-2020-2023, which runs from 2020 to 2023/,
    ],
  ])("explains in one line why it cannot write (%s) and writes nothing", async (args, message) => {
    const dir = tempDir();
    const r = await kpiReport(
      "--plans-dir",
      planDir(),
      "new",
      ...args,
      "--out",
      join(dir, "x.xlsx")
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("names the file and JSON path of a broken plan, without a stack trace", async () => {
    const broken = JSON.stringify({
      ...JSON.parse(readFileSync(join(planDir(), "test-2020-2023.json"), "utf8")),
      period: { start: 2020 },
    });
    const dir = planDir({
      "broken-plan.json": broken.replace('"test-2020-2023"', '"broken-plan"'),
    });
    const r = await kpiReport(
      "--plans-dir",
      dir,
      "new",
      "--plan",
      "broken-plan",
      "--out",
      join(tempDir(), "x.xlsx")
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken-plan\.json: \$\.period\.end: /);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("refuses an output that is not .xlsx", async () => {
    const r = await kpiReport(
      "--plans-dir",
      planDir(),
      "new",
      "--plan",
      "test-2020-2023",
      "--out",
      join(tempDir(), "x.csv")
    );
    expect(r).toMatchObject({ code: 2 });
    expect(r.err).toMatch(/x\.csv: the output must be an \.xlsx file/);
  });

  it("exits 2 with commander's message on a usage error", async () => {
    const r = await kpiReport("new", "--out", "x.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/required option '--plan <id>' not specified/);
    expect(existsSync("x.xlsx")).toBe(false);
  });
});

describe("kpi-report plans", () => {
  it("lists each plan's notes on its source with --notes", async () => {
    const r = await kpiReport("plans", "--notes");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines).toContain("itu-2012-2015 (version 1.1.0): 13 notes on its source");
    expect(lines).toContain("itu-2008-2011 (version 1.1.0): 2 notes on its source");
    expect(
      lines.find((l) =>
        l.startsWith("  GS Objective 6: Table 7.2 and Table 7.1 disagree on the outputs")
      )
    ).toMatch(/"Ongoing community-building activities/);
    const json = JSON.parse((await kpiReport("plans", "--json", "--notes")).out) as {
      id: string;
      notes: { sector?: string; objective?: string; text: string }[];
    }[];
    expect(json.find((p) => p.id === "itu-2012-2015")?.notes).toHaveLength(13);
  });

  it("lists each plan with its period and sectors", async () => {
    const r = await kpiReport("--plans-dir", planDir(), "plans");
    expect(r).toEqual({
      code: 0,
      err: "",
      out: [
        "id\tperiod\tsectors\ttitle (version)",
        "test-2020-2023\t2020-2023\tA, B\tTest plan 2020-2023 (version 1.0.0)",
      ].join("\n"),
    });
  });

  it("lists the good plans and names each broken file, exiting 2", async () => {
    const r = await kpiReport(
      "--plans-dir",
      planDir({ "bad.json": "{ not json" }),
      "plans",
      "--json"
    );
    expect(JSON.parse(r.out)).toEqual([
      {
        id: "test-2020-2023",
        title: "Test plan 2020-2023",
        period: "2020-2023",
        sectors: ["A", "B"],
        version: "1.0.0",
      },
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.json: is not valid JSON at line 1, column 3/);
  });
});

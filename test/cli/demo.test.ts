import ExcelJS from "exceljs";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { kpiReport, tempDir } from "../support/cli-harness";

describe("kpi-report demo", () => {
  it("runs the round trip: the sample fails validation, the corrected values pass, are submitted, verify and make the annex", async () => {
    const dir = tempDir();
    const r = await kpiReport("demo", "--out-dir", dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines).toContain(
      `1. Validate ${join(dir, "itu-2012-2015-2013-sample.xlsx")}: 6 errors, 2 warnings: it cannot be submitted`
    );
    // Resources by goal for the (illustrative) sample, and its deliberate over-spend found at its cell.
    const byGoal = lines.findIndex((l) => l.startsWith("Resources by goal 2013, in CHF"));
    expect(byGoal).toBeGreaterThan(0);
    expect(lines.slice(byGoal + 1, byGoal + 7).map((l) => l.trim().split(/\s{2,}/))).toEqual([
      ["goal", "budget", "expenditure", "execution"],
      ["Goal ITU-R", "31,441,000", "29,046,000", "92%"],
      ["Goal ITU-T", "28,515,000", "26,615,000", "93%"],
      ["Goal ITU-D", "64,184,000", "58,766,000", "92%"],
      ["Goal GS", "129,195,000", "119,017,000", "92%"],
      ["all goals", "253,335,000", "233,444,000", "92%"],
    ]);
    // The other warning is the deliberate over-spend, at its cell.
    expect(lines).toContain(
      "     ITU-T Resources!F5  ITU-T.out.4 spent 1,150,000 CHF in 2013 against a budget of 975,000 CHF: 17.9% over  [over-spend]"
    );
    // The deliberate wrong-direction target, printed with its cell and what to do, not only counted.
    const warning = lines.findIndex((l) => l.includes("[target-wrong-direction]"));
    expect(lines[warning]).toBe(
      "     ITU-D KPIs!M19  Target 2013 of ITU-D.kpi.5.2 (151) is below its baseline (303), though higher is better  [target-wrong-direction]"
    );
    expect(lines[warning + 1]).toMatch(/^ {7}Check the target/);
    expect(lines.find((l) => l.startsWith("     value-not-number"))).toMatch(
      /^ {5}value-not-number +1 {2}ITU-R KPIs!N6$/
    );
    expect(lines.find((l) => l.startsWith("2. Validate"))).toMatch(
      /: 0 errors, 0 warnings: it passes$/
    );
    const submission = join(dir, "itu-2012-2015-2013-submission.xlsx");
    expect(lines).toContain(
      `4. Verify: ${submission}: unchanged since it was stamped 2021-06-30T12:00:00.000Z by Demo officer (plan itu-2012-2015, reporting year 2013, sectors ITU-R, ITU-T, ITU-D, GS)`
    );
    expect(readdirSync(dir).sort()).toEqual([
      "itu-2012-2015-2013-annex.xlsx",
      "itu-2012-2015-2013-corrected.xlsx",
      "itu-2012-2015-2013-sample-checked.xlsx",
      "itu-2012-2015-2013-sample.xlsx",
      "itu-2012-2015-2013-submission.xlsx",
    ]);
    const read = async (name: string): Promise<ExcelJS.Workbook> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, name));
      return wb;
    };
    const stamped = await read("itu-2012-2015-2013-submission.xlsx");
    expect(stamped.getWorksheet("Submission")?.getCell("B2").value).toBe("kpi-reporter-submission");
    // The checked copy lists the six errors on its Validation sheet; the annex holds the Council's tables.
    const checked = await read("itu-2012-2015-2013-sample-checked.xlsx");
    const sampleResources = (await read("itu-2012-2015-2013-sample.xlsx")).getWorksheet(
      "ITU-T Resources"
    );
    expect([
      sampleResources?.getCell("A5").value,
      sampleResources?.getCell("E1").value,
      sampleResources?.getCell("E5").value,
      sampleResources?.getCell("F1").value,
      sampleResources?.getCell("F5").value,
    ]).toEqual(["ITU-T.out.4", "Budget 2013", 975000, "Expenditure 2013", 1150000]);
    const severities: unknown[] = [];
    checked
      .getWorksheet("Validation")
      ?.getColumn(1)
      .eachCell((c) => severities.push(c.value));
    expect(severities.filter((v) => v === "error")).toHaveLength(6);
    const annex = await read("itu-2012-2015-2013-annex.xlsx");
    expect(annex.worksheets.map((ws) => ws.name)).toEqual([
      "Status summary",
      "Annex resources by goal",
      "Budget execution",
      ...["4", "5", "6", "7"].flatMap((n) => [`Table ${n}.1`, `Table ${n}.2`]),
      "Table 8.1",
      "Notes",
    ]);
  }, 600_000);
});

import ExcelJS from "exceljs";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { kpiReport, tempDir } from "../support/cli-harness";

describe("kpi-report demo", () => {
  it("runs the round trip: the sample fails validation, the corrected values pass, are submitted and verify", async () => {
    const dir = tempDir();
    const r = await kpiReport("demo", "--out-dir", dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines).toContain(
      `1. Validate ${join(dir, "itu-2012-2015-2013-sample.xlsx")}: 6 errors, 44 warnings: it cannot be submitted`
    );
    expect(lines.find((l) => l.startsWith("     value-not-number"))).toMatch(
      /^ {5}value-not-number +1 {2}ITU-R KPIs!M6$/
    );
    expect(lines.find((l) => l.startsWith("2. Validate"))).toMatch(
      /: 0 errors, \d+ warnings: it passes$/
    );
    const submission = join(dir, "itu-2012-2015-2013-submission.xlsx");
    expect(lines).toContain(
      `4. Verify: ${submission}: unchanged since it was stamped 2021-06-30T12:00:00.000Z by Demo officer (plan itu-2012-2015, reporting year 2013, sectors ITU-R, ITU-T, ITU-D, GS)`
    );
    expect(readdirSync(dir).sort()).toEqual([
      "itu-2012-2015-2013-corrected.xlsx",
      "itu-2012-2015-2013-sample.xlsx",
      "itu-2012-2015-2013-submission.xlsx",
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(submission);
    expect(wb.getWorksheet("Submission")?.getCell("B2").value).toBe("kpi-reporter-submission");
  });
});

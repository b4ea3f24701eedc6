import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvTable } from "../../src/core/export";
import { kpiReport, newWorkbook, tempDir } from "../support/cli-harness";
import { CLEAN_VALUES } from "../support/fill";
import { libreOfficeConvert } from "../support/libreoffice";
import { describeWithTool } from "../support/system-tools";

/** CSV import as a user's spreadsheet does it: commas, quotes, UTF-8, and formulas evaluated. */
const CSV_WITH_FORMULAS = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true";

/** The cells of the first sheet of an .xlsx: their text, and whether any holds a formula. */
const opened = async (file: string): Promise<{ texts: string[]; formulas: string[] }> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts: string[] = [];
  const formulas: string[] = [];
  wb.worksheets[0]?.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) formulas.push(`${cell.address}: ${cell.formula}`);
      else texts.push(String(cell.value));
    })
  );
  return { texts, formulas };
};

describeWithTool("LibreOffice Calc")("findings CSV opened in LibreOffice Calc", () => {
  it("runs the formula in a naive CSV (the attack is real here)", async () => {
    const dir = tempDir();
    const naive = join(dir, "naive.csv");
    writeFileSync(naive, "Sheet,Message\r\n=2+5,renamed\r\n");
    const { formulas } = await opened(await libreOfficeConvert(naive, "xlsx", CSV_WITH_FORMULAS));
    expect(formulas).toEqual(["A2: 2+5"]);
  });

  it("shows every field of kpi-report's CSV as text, formula-like ones included", async () => {
    const { dir, plans, file } = await newWorkbook(CLEAN_VALUES);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const kpis = wb.getWorksheet("A KPIs");
    if (!kpis) throw new Error("no sheet");
    kpis.name = "=2+5";
    kpis.getCell("M2").value = "@SUM(1+1)";
    await wb.xlsx.writeFile(file);
    const csv = join(dir, "findings.csv");
    expect((await kpiReport("--plans-dir", plans, "validate", file, "--csv", csv)).code).toBe(1);
    const { texts, formulas } = await opened(
      await libreOfficeConvert(csv, "xlsx", CSV_WITH_FORMULAS)
    );
    expect(formulas).toEqual([]);
    expect(texts).toContain("'=2+5");
    expect(texts).toContain('Target 2021 of A.kpi.1.1 holds "@SUM(1+1)", not a number');
  });

  it("reads Arabic and Chinese from the CSV as they were written", async () => {
    const csv = join(tempDir(), "text.csv");
    writeFileSync(csv, csvTable([["تم تحقيق الهدف", "关键绩效指标"]]));
    const { texts } = await opened(await libreOfficeConvert(csv, "xlsx", CSV_WITH_FORMULAS));
    expect(texts).toEqual(["تم تحقيق الهدف", "关键绩效指标"]);
  });
});

import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxFilePort, writeXlsx } from "../../../src/adapters/xlsx";
import { repairMetadata, validateWorkbook } from "../../../src/app";
import { planFinder } from "../../../src/core/plan";
import { tempDir } from "../../support/cli-harness";
import { cellsOf, sheetOf } from "../../support/excel-fake";
import {
  excelWith,
  ituPlan,
  ituSample,
  officePort,
  reportingSpec,
} from "../../support/office-port";

const NOW = new Date("2013-12-31T12:00:00Z");
const OPTIONS = { now: NOW, generator: "kpi-reporter test" };

/** The 2012-2015 sample workbook, its _kpi_meta deleted: with ExcelJS in a file, and in the fake Excel. */
const withoutMetadata = async () => {
  const plan = ituPlan();
  const spec = reportingSpec(plan, 2013, ituSample().entries);
  const file = join(tempDir(), "report.xlsx");
  writeFileSync(file, await writeXlsx(spec));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.removeWorksheet(wb.getWorksheet("_kpi_meta")?.id ?? -1);
  await wb.xlsx.writeFile(file);
  const excel = await excelWith(spec);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("_kpi_meta").delete();
  });
  return { file, excel, findPlan: planFinder([plan]) };
};

describe("a workbook whose metadata Excel lost, through both adapters", () => {
  it("validates with one metadata-rebuilt warning and the same findings as with its metadata", async () => {
    const { file, excel, findPlan } = await withoutMetadata();
    const viaFile = await validateWorkbook(new XlsxFilePort(file, { force: false }), findPlan, {
      mark: false,
      now: NOW,
    });
    const viaExcel = await validateWorkbook(officePort(excel), findPlan, { mark: false, now: NOW });
    if (!viaFile.ok || !viaExcel.ok) throw new Error("not recognised");
    expect(viaExcel.value.findings).toEqual(viaFile.value.findings);
    const rebuilt = viaFile.value.findings.filter((f) => f.rule === "metadata-rebuilt");
    expect(rebuilt.map((f) => f.severity)).toEqual(["warning"]);
    expect(viaFile.value).toMatchObject({
      planId: "itu-2012-2015",
      period: 2013,
      sectors: ["ITU-R", "ITU-T", "ITU-D", "GS"],
    });

    const intact = await validateWorkbook(
      officePort(await excelWith(reportingSpec(ituPlan(), 2013, ituSample().entries))),
      findPlan,
      { mark: false, now: NOW }
    );
    if (!intact.ok) throw new Error("not recognised");
    expect(viaFile.value.findings.filter((f) => f.rule !== "metadata-rebuilt")).toEqual(
      intact.value.findings
    );
  });

  it("writes the metadata sheet back, very hidden, after which the warning is gone", async () => {
    const { file, excel, findPlan } = await withoutMetadata();
    const repaired = join(tempDir(), "repaired.xlsx");
    const viaFile = await repairMetadata(
      new XlsxFilePort(file, { force: false, saveTo: repaired }),
      findPlan,
      OPTIONS
    );
    const port = officePort(excel);
    const viaExcel = await repairMetadata(port, findPlan, OPTIONS);
    expect(viaExcel).toEqual(viaFile);
    expect(viaFile.ok && viaFile.value.repaired).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(repaired);
    const meta = wb.getWorksheet("_kpi_meta");
    expect(meta?.state).toBe("veryHidden");
    expect(sheetOf(excel.state, "_kpi_meta").visibility).toBe("VeryHidden");
    expect(excel.state.sheets.at(-1)?.name).toBe("_kpi_meta");
    expect(cellsOf(excel.state, "_kpi_meta", "A1:B7")).toEqual([
      ["Key", "Value"],
      ["format", "kpi-reporter-workbook"],
      ["formatVersion", 1],
      ["planId", "itu-2012-2015"],
      ["planVersion", ituPlan().version],
      ["planTitle", ituPlan().title],
      ["period", 2013],
    ]);
    expect(await port.readSnapshot()).toEqual(
      await new XlsxFilePort(repaired, { force: false }).readSnapshot()
    );

    for (const again of [new XlsxFilePort(repaired, { force: false }), port]) {
      const outcome = await validateWorkbook(again, findPlan, { mark: false, now: NOW });
      if (!outcome.ok) throw new Error("not recognised");
      expect(outcome.value.findings.map((f) => f.rule)).not.toContain("metadata-rebuilt");
    }
    const second = await repairMetadata(port, findPlan, OPTIONS);
    expect(second.ok && second.value.repaired).toBe(false);
  });
});

import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxFilePort, writeXlsx } from "../../../src/adapters/xlsx";
import { clearFindings, validateWorkbook } from "../../../src/app";
import { parseEntriesFile } from "../../../src/core/layout";
import { translatorFor } from "../../../src/core/i18n";
import type { Plan } from "../../../src/core/plan";
import { tempDir } from "../../support/cli-harness";
import { conditionalFormatsOf, ExcelFake, sheetOf } from "../../support/excel-fake";
import { CLEAN_VALUES, editWorkbook } from "../../support/fill";
import { makePlan } from "../../support/make-plan";
import {
  editInExcel,
  excelWith,
  ituPlan,
  ituSample,
  officePort,
  reportingSpec,
  xlsxSnapshot,
} from "../../support/office-port";

const NOW = new Date("2021-06-30T12:00:00Z");
const cleanEntries = () => {
  const parsed = parseEntriesFile("values.json", JSON.stringify(CLEAN_VALUES));
  if (!parsed.ok) throw new Error("values");
  return parsed.value.entries;
};

// A KPIs columns: I Baseline, J/K 2020, L/M 2021, N/O 2022, P/Q 2023, R Progress, S Status, T Data note, U Evidence
const FAULTS: Record<string, unknown> = {
  "A KPIs!N2": "12%",
  "A KPIs!K3": { error: "#DIV/0!" },
  "A KPIs!N4": 120,
  "A KPIs!N5": "Maybe",
  "A KPIs!N7": 42,
  "A KPIs!Q2": 130,
  "A KPIs!P3": 35,
  "A KPIs!H2": 2031,
  "A KPIs!W3": "Met",
  "A Outputs!D2": null,
  "A KPIs!B4": "A.obj.9",
  "A Outputs!E3": "yes",
};

/** The same workbook, filled with the same faults, as an .xlsx file and in the fake Excel. */
const bothWorkbooks = async (plan: Plan, period: number, edits: Record<string, unknown>) => {
  const spec = reportingSpec(
    plan,
    period,
    plan.id === "test-2020-2023" ? cleanEntries() : ituSample().entries
  );
  const file = join(tempDir(), "report.xlsx");
  writeFileSync(file, await writeXlsx(spec));
  if (Object.keys(edits).length > 0)
    await editWorkbook(file, edits as Record<string, ExcelJS.CellValue>);
  const excel = await excelWith(spec);
  await editInExcel(excel, edits);
  return { file, excel, findPlan: () => plan };
};

/** Everything the fake Excel holds, as a reader sees it: sheets with cells, formats, validations, conditional formats. */
const everything = (excel: ExcelFake): unknown => ({
  sheets: excel.state.sheets
    .filter((s) => !s.deleted)
    .map((s) => ({
      name: s.name,
      visibility: s.visibility,
      tabColor: s.tabColor,
      freeze: s.freeze,
      protection: s.protection,
      cells: [...s.cells.entries()],
      formats: s.formats,
      validations: s.validations,
      conditionalFormats: s.conditionalFormats.map(({ block, type, formula, fill }) => ({
        block,
        type,
        formula,
        fill,
      })),
      columnWidths: [...s.columnWidths.entries()],
    })),
  tables: excel.state.tables.map((t) => [t.name, t.sheet.name, t.block, t.style]),
  names: excel.state.names,
});

/** The officer's own highlight, which clearing the findings must keep: values above 100 in green. */
const addOfficersFormat = async (excel: ExcelFake): Promise<void> =>
  excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("A KPIs");
    sheet.protection.unprotect();
    const cf = sheet.getRange("I2:I7").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=I2>100";
    cf.custom.format.fill.color = "#00B050";
    await context.sync();
  });

describe("the Office.js adapter against the .xlsx adapter", () => {
  it.each([
    ["the test plan", () => makePlan(), 2021],
    ["the 2012-2015 plan with the sample values", () => ituPlan(), 2013],
  ])("writes %s so that it reads back exactly as the .xlsx file does", async (_, plan, period) => {
    const spec = reportingSpec(
      plan(),
      period,
      period === 2013 ? ituSample().entries : cleanEntries()
    );
    const excel = await excelWith(spec);
    const fromExcel = await officePort(excel).readSnapshot();
    expect(fromExcel).toEqual(await xlsxSnapshot(spec));
    expect(fromExcel.tables.length).toBeGreaterThan(5);
  });

  it("finds the same findings, at the same cells, for the same faults", async () => {
    const { file, excel, findPlan } = await bothWorkbooks(makePlan(), 2021, FAULTS);
    const viaFile = await validateWorkbook(new XlsxFilePort(file, { force: false }), findPlan, {
      mark: false,
      now: NOW,
    });
    const viaExcel = await validateWorkbook(officePort(excel), findPlan, { mark: false, now: NOW });
    if (!viaFile.ok || !viaExcel.ok) throw new Error("not a reporting workbook");
    expect(viaExcel.value.findings).toEqual(viaFile.value.findings);
    expect(viaExcel.value.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining([
        "value-not-number",
        "formula-error",
        "status-mismatch",
        "link-mark",
        "reference-exists",
      ])
    );
  });

  it("finds the same findings in the 2012-2015 sample workbook", async () => {
    const { file, excel, findPlan } = await bothWorkbooks(ituPlan(), 2013, {});
    const viaFile = await validateWorkbook(new XlsxFilePort(file, { force: false }), findPlan, {
      mark: false,
      now: NOW,
    });
    const viaExcel = await validateWorkbook(officePort(excel), findPlan, { mark: false, now: NOW });
    if (!viaFile.ok || !viaExcel.ok) throw new Error("not a reporting workbook");
    expect(viaExcel.value.findings.length).toBeGreaterThan(0);
    expect(viaExcel.value.findings).toEqual(viaFile.value.findings);
  });

  it("finds the same structural findings when a sheet is renamed, one deleted and a header changed", async () => {
    const { file, excel, findPlan } = await bothWorkbooks(makePlan(), 2021, {
      "B KPIs!Y1": "Evidence",
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const kpis = wb.getWorksheet("A KPIs");
    const outputs = wb.getWorksheet("A Outputs");
    if (!kpis || !outputs) throw new Error("no sheet");
    kpis.name = "My KPIs";
    wb.removeWorksheet(outputs.id);
    await wb.xlsx.writeFile(file);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("A KPIs").name = "My KPIs";
      context.workbook.worksheets.getItem("A Outputs").delete();
    });
    const viaFile = await validateWorkbook(new XlsxFilePort(file, { force: false }), findPlan, {
      mark: false,
      now: NOW,
    });
    const viaExcel = await validateWorkbook(officePort(excel), findPlan, { mark: false, now: NOW });
    if (!viaFile.ok || !viaExcel.ok) throw new Error("not a reporting workbook");
    expect(viaExcel.value.findings).toEqual(viaFile.value.findings);
    expect(viaExcel.value.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(["sheet-missing", "sheet-renamed", "column-missing"])
    );
  });

  it("marks the same cells and writes the same Validation sheet, and a second run replaces the first", async () => {
    const { file, excel, findPlan } = await bothWorkbooks(makePlan(), 2021, FAULTS);
    const checked = join(tempDir(), "checked.xlsx");
    await validateWorkbook(new XlsxFilePort(file, { force: false, saveTo: checked }), findPlan, {
      mark: true,
      now: NOW,
    });
    const port = officePort(excel);
    await validateWorkbook(port, findPlan, { mark: true, now: NOW });
    await validateWorkbook(port, findPlan, { mark: true, now: NOW });

    expect(await port.readSnapshot()).toEqual(
      await new XlsxFilePort(checked, { force: false }).readSnapshot()
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(checked);
    for (const sheet of ["A KPIs", "A Outputs", "A Results", "B Objectives"]) {
      const refs = (
        wb.getWorksheet(sheet) as unknown as { conditionalFormattings: { ref: string }[] }
      ).conditionalFormattings.map((cf) => cf.ref);
      expect(
        conditionalFormatsOf(excel.state, sheet)
          .map((cf) => cf.split(":")[0])
          .sort()
      ).toEqual(refs.sort());
    }
    expect(conditionalFormatsOf(excel.state, "A KPIs")).toContain(
      'N2: =ISTEXT("kpi-reporter-finding") #FFC7CE'
    );
    expect(excel.state.sheets.filter((s) => s.name === "Validation")).toHaveLength(1);
    expect(excel.state.activeSheet?.name).toBe("Validation");
    // Where the format places a new sheet: after the last visible one, before the very hidden _kpi_meta.
    expect(excel.state.sheets.map((s) => s.name).slice(-2)).toEqual(["Validation", "_kpi_meta"]);
  });

  it("writes a second run's Validation sheet where the officer moved the first", async () => {
    const { excel, findPlan } = await bothWorkbooks(makePlan(), 2021, FAULTS);
    const port = officePort(excel);
    await validateWorkbook(port, findPlan, { mark: true, now: NOW });
    // The officer drags the Validation tab to the front.
    const sheets = excel.state.sheets;
    const validation = sheets.find((s) => s.name === "Validation");
    if (!validation) throw new Error("no Validation sheet");
    sheets.splice(sheets.indexOf(validation), 1);
    sheets.unshift(validation);
    const others = sheets.slice(1).map((s) => s.name);

    await validateWorkbook(port, findPlan, { mark: true, now: NOW });
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Validation", ...others]);
    expect(excel.state.activeSheet?.name).toBe("Validation");
  });

  it("clears the highlights and the Validation sheet, leaving every value and every other format as it was", async () => {
    const { file, excel, findPlan } = await bothWorkbooks(makePlan(), 2021, FAULTS);
    await addOfficersFormat(excel);
    // The officer's edits protect again as the workbook itself does, so that only clearing could differ.
    const protection = sheetOf(excel.state, "B KPIs").protection;
    for (const sheet of excel.state.sheets) if (sheet.protection) sheet.protection = protection;
    const before = everything(excel);

    const port = officePort(excel);
    await validateWorkbook(port, findPlan, { mark: true, now: NOW });
    expect(conditionalFormatsOf(excel.state, "A KPIs")).toContain(
      'N2: =ISTEXT("kpi-reporter-finding") #FFC7CE'
    );
    await clearFindings(port);
    expect(excel.state.sheets.some((s) => s.name === "Validation" && !s.deleted)).toBe(false);
    expect(conditionalFormatsOf(excel.state, "A KPIs")).toEqual(["I2: =I2>100 #00B050"]);
    expect(everything(excel)).toEqual(before);
    expect(excel.state.activeSheet?.deleted).toBe(false);

    // The same through the .xlsx adapter: the cleared file reads back as the workbook before marking.
    const checked = join(tempDir(), "checked.xlsx");
    await validateWorkbook(new XlsxFilePort(file, { force: false, saveTo: checked }), findPlan, {
      mark: true,
      now: NOW,
    });
    const cleared = join(tempDir(), "cleared.xlsx");
    await clearFindings(new XlsxFilePort(checked, { force: false, saveTo: cleared }));
    expect(await port.readSnapshot()).toEqual(
      await new XlsxFilePort(cleared, { force: false }).readSnapshot()
    );
  });

  it("replaces, and clears, a Validation sheet an earlier run wrote in another language", async () => {
    const { excel, findPlan } = await bothWorkbooks(makePlan(), 2021, FAULTS);
    const port = officePort(excel);
    const shown = (): string[] => excel.state.sheets.filter((s) => !s.deleted).map((s) => s.name);
    const russian = () => translatorFor("ru");
    await validateWorkbook(port, findPlan, { mark: true, now: NOW, translator: russian });
    expect(shown()).toContain("Проверка");
    // Validated again in the workbook's own language (English): one findings sheet, in English.
    await validateWorkbook(port, findPlan, { mark: true, now: NOW });
    expect(shown().filter((n) => n === "Validation" || n === "Проверка")).toEqual(["Validation"]);
    await validateWorkbook(port, findPlan, { mark: true, now: NOW, translator: russian });
    await clearFindings(port);
    expect(shown().filter((n) => n === "Validation" || n === "Проверка")).toEqual([]);
    expect(conditionalFormatsOf(excel.state, "A KPIs")).toEqual([]);
  });

  it("changes nothing when findings are cleared a second time", async () => {
    const { excel, findPlan } = await bothWorkbooks(makePlan(), 2021, FAULTS);
    const port = officePort(excel);
    await validateWorkbook(port, findPlan, { mark: true, now: NOW });
    await clearFindings(port);
    const once = everything(excel);
    await clearFindings(port);
    expect(everything(excel)).toEqual(once);
  });
});

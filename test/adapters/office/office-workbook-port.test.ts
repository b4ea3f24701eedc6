import type { ExcelRun } from "../../../src/adapters/office";
import { validateWorkbook } from "../../../src/app";
import type { SheetSpec } from "../../../src/core/layout";
import {
  cellsOf,
  chartsOf,
  conditionalFormatsOf,
  createExcelFake,
  dataBarsOf,
  formatOf,
  sheetOf,
  validationOf,
} from "../../support/excel-fake";
import { makePlan } from "../../support/make-plan";
import { editInExcel, excelWith, officePort, reportingSpec } from "../../support/office-port";

/** The add-in constructs the port with Excel.run itself: this only has to compile. */
export const portFromExcelRun = (run: typeof Excel.run): ExcelRun => run;

const NOW = new Date("2021-06-30T12:00:00Z");
const spec = () => reportingSpec(makePlan(), 2021);

const note = (name: string, text: string): SheetSpec => ({
  name,
  visibility: "visible",
  tables: [],
  cells: [{ address: "A1", value: text, style: "body" }],
  validations: [],
  columnWidths: [30],
  protect: false,
});

describe("the Office.js adapter writing into Excel", () => {
  it("writes the sheets in order, replacing a new workbook's empty Sheet1, with the metadata very hidden", async () => {
    const excel = await excelWith(spec());
    expect(excel.state.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Instructions", "Visible"],
      ["Goals", "Visible"],
      ["A Objectives", "Visible"],
      ["A Outputs", "Visible"],
      ["A Results", "Visible"],
      ["A KPIs", "Visible"],
      ["A Resources", "Visible"],
      ["A Objective Resources", "Visible"],
      ["B Objectives", "Visible"],
      ["B Outputs", "Visible"],
      ["B KPIs", "Visible"],
      ["B Resources", "Visible"],
      ["B Objective Resources", "Visible"],
      ["Resources by Sector", "Visible"],
      ["Resources by Goal", "Visible"],
      ["_kpi_meta", "VeryHidden"],
    ]);
    expect(excel.state.activeSheet?.name).toBe("Instructions");
    expect(excel.state.properties.title).toBe("KPI report 2021: Test plan 2020-2023");
  });

  it("keeps a sheet that holds the officer's own data, and replaces its own sheets when written again", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["my notes"]];
    });
    const port = officePort(excel);
    await port.writeWorkbook(spec());
    await port.writeWorkbook(spec());
    expect(excel.state.sheets.map((s) => s.name)).toEqual([
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
      "Sheet1",
    ]);
    expect(cellsOf(excel.state, "Sheet1", "A1")).toEqual([["my notes"]]);
    expect(excel.state.tables.filter((t) => t.name === "A_KPIs")).toHaveLength(1);
  });

  it("draws the year's budget against expenditure per goal as a chart below Resources by Goal, with data bars on its execution, once however often it is written", async () => {
    const excel = createExcelFake();
    const port = officePort(excel);
    await port.writeWorkbook(spec());
    await port.writeWorkbook(spec());
    const charts = chartsOf(excel.state, "Resources by Goal");
    expect(charts).toEqual([
      {
        name: "Budget and expenditure by goal",
        type: "BarClustered",
        source: "E1:F3",
        seriesBy: "Columns",
        title: "Budget and expenditure by goal, 2021",
        categories: "B2:B3",
        at: "A5:G20",
      },
    ]);
    // The series are the reporting year's two amount columns, named by their headers; the categories the goals.
    expect(cellsOf(excel.state, "Resources by Goal", "E1:F1")).toEqual([
      ["Budget 2021", "Expenditure 2021"],
    ]);
    expect(cellsOf(excel.state, "Resources by Goal", "B1:B3")).toEqual([
      ["Goal"],
      ["Goal A"],
      ["Goal B"],
    ]);
    expect(cellsOf(excel.state, "Resources by Goal", "K1")).toEqual([["Execution 2021"]]);
    expect(dataBarsOf(excel.state, "Resources by Goal")).toEqual([
      "K2:K3 #5B9BD5 Number 0 .. HighestValue",
    ]);
    // Drawn before the sheet was protected, as every sheet of the workbook is.
    expect(sheetOf(excel.state, "Resources by Goal").protection).not.toBeNull();
  });

  it("makes real tables with the headers, locks plan text, opens entry cells in pale yellow, and protects the sheet", async () => {
    const excel = await excelWith(spec());
    const kpis = excel.state.tables.find((t) => t.name === "A_KPIs");
    expect(kpis?.sheet.name).toBe("A KPIs");
    expect(cellsOf(excel.state, "A KPIs", "A1:D1")).toEqual([
      ["KPI ID", "Objective ID", "Output ID", "KPI"],
    ]);
    expect(formatOf(excel.state, "A KPIs", "A2")).toMatchObject({
      locked: true,
      wrapText: false,
      verticalAlignment: "Top",
    });
    expect(formatOf(excel.state, "A KPIs", "I2")).toMatchObject({ locked: false, fill: "#FFF8DC" });
    expect(formatOf(excel.state, "A KPIs", "W2")).toMatchObject({ locked: true, fill: "#EDEDED" });
    expect(formatOf(excel.state, "A KPIs", "V2")).toMatchObject({ numberFormat: "0%" });
    expect(cellsOf(excel.state, "A KPIs", "W2")[0]?.[0]).toMatch(/^=IF\(/);
    expect(sheetOf(excel.state, "A KPIs").protection?.options).toMatchObject({
      allowSort: true,
      allowAutoFilter: true,
    });
    expect(sheetOf(excel.state, "Instructions").protection).toBeNull();
    expect(sheetOf(excel.state, "A KPIs").freeze).toEqual({ rows: 1, columns: 4 });
    expect(sheetOf(excel.state, "Instructions").tabColor).toBe("#1F4E79");
  });

  it("gives dropdowns string sources (a list, or a range on another sheet) and number cells their bounds", async () => {
    const excel = await excelWith(spec());
    expect(validationOf(excel.state, "A Outputs", "D2")).toEqual({
      list: { inCellDropDown: true, source: "X" },
    });
    expect(validationOf(excel.state, "A KPIs", "B2")).toEqual({
      list: { inCellDropDown: true, source: "='A Objectives'!$A$2:$A$3" },
    });
    // A.kpi.1.3 is a percentage: its baseline to last actual accept 0 to 100
    expect(validationOf(excel.state, "A KPIs", "N4")).toEqual({
      decimal: { formula1: 0, formula2: 100, operator: "Between" },
    });
    expect(validationOf(excel.state, "A KPIs", "N5")).toEqual({
      list: { inCellDropDown: true, source: "Yes,No" },
    });
  });

  it("replaces named sheets in place and leaves the officer's entries elsewhere as they were", async () => {
    const excel = await excelWith(spec());
    await editInExcel(excel, { "A KPIs!N2": 121 });
    const port = officePort(excel);
    await port.replaceSheets([note("Goals", "rebuilt"), note("Matrix", "new")]);
    const names = excel.state.sheets.map((s) => s.name);
    expect(names.indexOf("Goals")).toBe(1);
    // A new sheet goes after the last visible one, before the very hidden metadata, as the .xlsx adapter puts it.
    expect(names.slice(-2)).toEqual(["Matrix", "_kpi_meta"]);
    expect(cellsOf(excel.state, "Goals", "A1")).toEqual([["rebuilt"]]);
    expect(excel.state.tables.some((t) => t.name === "Goals")).toBe(false);
    expect(cellsOf(excel.state, "A KPIs", "N2")).toEqual([[121]]);
  });

  it("keeps highlighting the other sheets when one is protected with a password, and says which one it skipped", async () => {
    const excel = await excelWith(spec());
    await editInExcel(excel, { "A KPIs!N2": "12%", "A Outputs!E3": "yes" });
    await excel.run(async (context) => {
      const outputs = context.workbook.worksheets.getItem("A Outputs");
      outputs.protection.unprotect();
      outputs.protection.protect({ allowFormatCells: true }, "secret");
    });
    const skipped: string[][] = [];
    const port = officePort(excel, { onProtectionDenied: (sheets) => skipped.push([...sheets]) });
    const outcome = await validateWorkbook(port, () => makePlan(), { mark: true, now: NOW });
    expect(outcome.ok).toBe(true);
    expect(skipped).toEqual([["A Outputs"]]);
    expect(conditionalFormatsOf(excel.state, "A KPIs")).toContain(
      'N2: =ISTEXT("kpi-reporter-finding") #FFC7CE'
    );
    expect(conditionalFormatsOf(excel.state, "A Outputs")).toEqual([]);
    expect(sheetOf(excel.state, "A KPIs").protection).not.toBeNull();
    expect(cellsOf(excel.state, "A KPIs", "N2")).toEqual([["12%"]]);
  });

  it("fails with Excel's own error, naming what went wrong, when a sheet name is not one Excel accepts", async () => {
    const excel = createExcelFake();
    await expect(officePort(excel).replaceSheets([note("Bad/Name", "x")])).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

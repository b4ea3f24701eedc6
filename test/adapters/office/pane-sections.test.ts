/**
 * What the pane's sections do inside Excel, through the Office.js adapter on the in-memory Excel: build the matrix
 * into the open workbook, make the annex from it (through the .xlsx adapter, as the pane does), stamp it, verify it
 * unchanged and then edited, and the same stamp as the .xlsx adapter writes for the same workbook.
 */
import ExcelJS from "exceljs";
import { MemoryXlsxIo, writeXlsx, XlsxBytesPort } from "../../../src/adapters/xlsx";
import { buildAnnex, buildMatrix, submitWorkbook, verifySubmission } from "../../../src/app";
import { buildReportingWorkbook, parseEntriesFile } from "../../../src/core/layout";
import { cellsOf, sheetOf } from "../../support/excel-fake";
import { CLEAN_VALUES } from "../../support/fill";
import { makePlan } from "../../support/make-plan";
import { editInExcel, excelWith, officePort } from "../../support/office-port";

const plan = makePlan();
const NOW = new Date("2021-07-01T09:00:00.000Z");
const findPlan = () => plan;

const cleanSpec = () => {
  const parsed = parseEntriesFile("values.json", JSON.stringify(CLEAN_VALUES));
  if (!parsed.ok) throw new Error("values");
  return buildReportingWorkbook(plan, {
    sectors: ["A"],
    period: 2021,
    createdAt: "2021-06-30T12:00:00.000Z",
    generator: "test",
    entries: parsed.value.entries,
  });
};

describe("the pane's sections inside Excel, through the Office.js adapter", () => {
  it("builds the Part II matrix into the open workbook, and building again replaces it", async () => {
    const excel = await excelWith(cleanSpec());
    const port = officePort(excel);
    const first = await buildMatrix(port, findPlan);
    const again = await buildMatrix(port, findPlan);
    if (!first.ok || !again.ok) throw new Error("not a reporting workbook");
    expect(again.value).toEqual(first.value);
    const names = excel.state.sheets.filter((s) => !s.deleted).map((s) => s.name);
    expect(names.filter((n) => n === "Part II Matrix")).toHaveLength(1);
    expect(names).toContain("Outputs by Goal");
    expect(cellsOf(excel.state, "A KPIs", "A2")).toEqual([["A.kpi.1.1"]]);
  });

  it("makes the annex from the open workbook as the same file the .xlsx adapter makes from the saved one", async () => {
    const spec = cleanSpec();
    const excel = await excelWith(spec);
    const fromExcel = new MemoryXlsxIo("annex.xlsx");
    const fromFile = new MemoryXlsxIo("annex.xlsx");
    const viaExcel = await buildAnnex(officePort(excel), new XlsxBytesPort(fromExcel), findPlan, {
      now: NOW,
    });
    const viaFile = await buildAnnex(
      new XlsxBytesPort(new MemoryXlsxIo("a.xlsx", await writeXlsx(spec))),
      new XlsxBytesPort(fromFile),
      findPlan,
      { now: NOW }
    );
    expect(viaExcel).toEqual(viaFile);
    const read = async (bytes: Uint8Array | undefined) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      return wb.worksheets.map((ws) => ({
        name: ws.name,
        rows: ws.getSheetValues().map((row) => JSON.stringify(row)),
      }));
    };
    expect(await read(fromExcel.written)).toEqual(await read(fromFile.written));
    // The open workbook gets no annex sheet.
    expect(excel.state.sheets.some((s) => s.name === "Table 8.1")).toBe(false);
  });

  it("stamps the open workbook, which then verifies unchanged, and names the cell an officer edits afterwards", async () => {
    const spec = cleanSpec();
    const excel = await excelWith(spec);
    const port = officePort(excel);
    const submitted = await submitWorkbook(port, port, findPlan, {
      preparer: "A. Officer",
      now: NOW,
      generator: "test",
    });
    if (!submitted.ok || !submitted.value.submitted) throw new Error("not submitted");
    expect(sheetOf(excel.state, "Submission").visibility).toBe("Visible");
    expect(sheetOf(excel.state, "_kpi_stamp").visibility).toBe("VeryHidden");

    // The same workbook stamped through the .xlsx adapter carries the same content hash.
    const io = new MemoryXlsxIo("a.xlsx", await writeXlsx(spec));
    const filePort = new XlsxBytesPort(io);
    const viaFile = await submitWorkbook(filePort, filePort, findPlan, {
      preparer: "A. Officer",
      now: NOW,
      generator: "test",
    });
    if (!viaFile.ok || !viaFile.value.submitted) throw new Error("not submitted");
    expect(submitted.value.stamp).toEqual(viaFile.value.stamp);

    const unchanged = await verifySubmission(port, findPlan);
    if (!unchanged.ok) throw new Error(unchanged.errors.join());
    expect(unchanged.value.unchanged).toBe(true);

    await editInExcel(excel, { "A KPIs!N2": 999 });
    const changed = await verifySubmission(port, findPlan);
    if (!changed.ok) throw new Error(changed.errors.join());
    expect(changed.value.unchanged).toBe(false);
    expect(changed.value.changes.map((c) => [c.at?.sheet, c.at?.cell, c.old, c.new])).toEqual([
      ["A KPIs", "N2", 121, 999],
    ]);
  });
});

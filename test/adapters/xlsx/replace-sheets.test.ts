import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { XlsxFilePort } from "../../../src/adapters/xlsx";
import type { SheetSpec } from "../../../src/core/layout";
import { newWorkbook } from "../../support/cli-harness";
import { CLEAN_VALUES, editWorkbook } from "../../support/fill";

const sheet = (name: string, text: string): SheetSpec => ({
  name,
  visibility: "visible",
  tables: [],
  cells: [{ address: "A1", value: text, style: "body" }],
  validations: [],
  columnWidths: [30],
  protect: false,
});

const readBack = async (file: string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb;
};

describe("replacing sheets in a workbook file", () => {
  let file: string;
  beforeEach(async () => {
    file = (await newWorkbook(CLEAN_VALUES)).file;
  });

  it("adds a missing sheet after the visible ones and keeps every other sheet and value", async () => {
    await editWorkbook(file, { "A KPIs!N2": 999 });
    const before = (await readBack(file)).worksheets.map((ws) => ws.name);
    await new XlsxFilePort(file, { force: true }).replaceSheets([sheet("Matrix", "first")]);
    const wb = await readBack(file);
    expect(before.at(-1)).toBe("_kpi_meta");
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      ...before.slice(0, -1),
      "Matrix",
      "_kpi_meta",
    ]);
    expect(wb.getWorksheet("A KPIs")?.getCell("N2").value).toBe(999);
  });

  it("replaces a sheet in its place, so running twice gives one sheet, not two", async () => {
    const port = (): XlsxFilePort => new XlsxFilePort(file, { force: true });
    await port().replaceSheets([sheet("Matrix", "first")]);
    const once = (await readBack(file)).worksheets.map((ws) => ws.name);
    await port().replaceSheets([sheet("Matrix", "second")]);
    const wb = await readBack(file);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(once);
    expect(wb.getWorksheet("Matrix")?.getCell("A1").value).toBe("second");
  });
});

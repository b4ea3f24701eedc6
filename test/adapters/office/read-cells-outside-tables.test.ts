import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxFilePort, writeXlsx } from "../../../src/adapters/xlsx";
import { parseEntriesFile } from "../../../src/core/layout";
import { tempDir } from "../../support/cli-harness";
import { createExcelFake, largest } from "../../support/excel-fake";
import { CLEAN_VALUES, editWorkbook } from "../../support/fill";
import { makePlan } from "../../support/make-plan";
import { editInExcel, excelWith, officePort, reportingSpec } from "../../support/office-port";

const entries = () => {
  const parsed = parseEntriesFile("values.json", JSON.stringify(CLEAN_VALUES));
  if (!parsed.ok) throw new Error("values");
  return parsed.value.entries;
};

// A KPIs' table ends at column U; its last row is row 7.
const NOTES = {
  "A KPIs!AB3": "Checked with the registry on 3 May",
  "A KPIs!B12": "Targets for 2022 follow the Council's decision",
  "A KPIs!C13": 42,
};

/** The same filled workbook with an officer's notes beside and below a table, as a file and in the fake Excel. */
const bothWorkbooks = async () => {
  const spec = reportingSpec(makePlan(), 2021, entries());
  const file = join(tempDir(), "report.xlsx");
  writeFileSync(file, await writeXlsx(spec));
  await editWorkbook(file, NOTES);
  const excel = await excelWith(spec);
  await editInExcel(excel, NOTES);
  return { file, excel, spec };
};

describe("the cells outside the tables, read through the Office.js adapter", () => {
  it("reads the same cells, at the same addresses on the same sheets, as the .xlsx adapter", async () => {
    const { file, excel } = await bothWorkbooks();
    const viaFile = await new XlsxFilePort(file, { force: false }).readSnapshot({
      outsideTables: true,
    });
    const viaExcel = await officePort(excel).readSnapshot({ outsideTables: true });
    expect(viaExcel.cells).toEqual(viaFile.cells);
    expect(viaExcel.cells).toEqual(
      expect.arrayContaining([
        { sheet: "A KPIs", cell: "AB3", value: "Checked with the registry on 3 May" },
        { sheet: "A KPIs", cell: "B12", value: "Targets for 2022 follow the Council's decision" },
        { sheet: "A KPIs", cell: "C13", value: 42 },
      ])
    );
    expect(viaExcel.cells?.some((c) => c.sheet === "A KPIs" && c.cell === "B3")).toBe(false);
    expect(viaExcel.tables).toEqual(viaFile.tables);
  });

  it("reads them in one more sync than the tables alone, and none without being asked", async () => {
    const { excel } = await bothWorkbooks();
    const port = officePort(excel);
    const count = async (command: () => Promise<unknown>): Promise<number> => {
      const before = excel.stats.syncs;
      await command();
      return excel.stats.syncs - before;
    };
    const plain = await count(() => port.readSnapshot());
    expect(await count(() => port.readSnapshot({ outsideTables: true }))).toBe(plain + 1);
    expect((await port.readSnapshot()).cells).toBeUndefined();
  });

  it("keeps every response under a small payload budget, reading the same cells in more syncs", async () => {
    const budget = 16 * 1024;
    const spec = reportingSpec(makePlan(), 2021, entries());
    const roomy = await excelWith(spec);
    await editInExcel(roomy, NOTES);
    const expected = (await officePort(roomy).readSnapshot({ outsideTables: true })).cells;
    const tight = createExcelFake({ responseLimitBytes: budget });
    await officePort(tight, { payloadBudgetBytes: budget }).writeWorkbook(spec);
    await editInExcel(tight, NOTES);
    const before = tight.stats.responseBytes.length;
    const syncsBefore = tight.stats.syncs;
    const cells = (
      await officePort(tight, { payloadBudgetBytes: budget }).readSnapshot({ outsideTables: true })
    ).cells;
    expect(cells).toEqual(expected);
    expect(largest(tight.stats.responseBytes.slice(before))).toBeLessThanOrEqual(budget);
    expect(tight.stats.syncs - syncsBefore).toBeGreaterThan(4);
  });
});

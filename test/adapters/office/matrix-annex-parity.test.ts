import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxFilePort, writeXlsx } from "../../../src/adapters/xlsx";
import { buildAnnex, buildMatrix } from "../../../src/app";
import { buildReportingWorkbook } from "../../../src/core/layout";
import type { Plan } from "../../../src/core/plan";
import { tempDir } from "../../support/cli-harness";
import {
  cellName,
  cellsOf,
  chartsOf,
  createExcelFake,
  dataBarsOf,
  ExcelFake,
  formatOf,
  largest,
  sheetOf,
} from "../../support/excel-fake";
import { editWorkbook } from "../../support/fill";
import { dataBarsOfFile, lookInFile, printOfFile } from "../../support/xlsx-looks";
import { entriesFor, planWithKpis } from "../../support/many-kpis";
import {
  editInExcel,
  excelWith,
  ituPlan,
  ituSample,
  officePort,
  reportingSpec,
} from "../../support/office-port";

const NOW = new Date("2013-12-31T12:00:00Z");
const MB = 1024 * 1024;

// ITU-R Objectives: row 2 is Objective 1; columns F to I its goals' marks. Clearing them leaves an objective
// with no goal, which the matrix flags in red.
const UNLINK = {
  "ITU-R Objectives!F2": null,
  "ITU-R Objectives!G2": null,
  "ITU-R Objectives!H2": null,
  "ITU-R Objectives!I2": null,
};

/** The 2012-2015 sample workbook as an .xlsx file and in the fake Excel, with the same edits. */
const bothWorkbooks = async (edits: Record<string, null>) => {
  const plan = ituPlan();
  const spec = reportingSpec(plan, 2013, ituSample().entries);
  const file = join(tempDir(), "report.xlsx");
  writeFileSync(file, await writeXlsx(spec));
  await editWorkbook(file, edits);
  const excel = await excelWith(spec);
  await editInExcel(excel, edits);
  return {
    file,
    excel,
    findPlan: (id: string): Plan | undefined => (id === plan.id ? plan : undefined),
  };
};

const readFile = async (file: string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
};

/** A cell's value as a reader sees it: an empty string is an empty cell (Excel stores none for it). */
const plain = (value: unknown): unknown =>
  value === undefined || value === null || value === "" ? null : value;

/** A sheet's cells as ExcelJS reads them from the file, and the same block of the fake workbook. */
const bothCells = (ws: ExcelJS.Worksheet, excel: ExcelFake) => {
  const last = cellName(ws.rowCount - 1, ws.columnCount - 1);
  const fromFile = Array.from({ length: ws.rowCount }, (_, r) =>
    Array.from({ length: ws.columnCount }, (_, c) => plain(ws.getCell(r + 1, c + 1).value))
  );
  const fromExcel = cellsOf(excel.state, ws.name, `A1:${last}`).map((row) => row.map(plain));
  return { fromFile, fromExcel };
};

const ARGB = (hex: string | null | undefined): string | undefined =>
  hex ? `FF${hex.replace("#", "").toUpperCase()}` : undefined;

/** What a reader notices of a cell's look in the fake: fill, bold, font colour, top and bottom rules. */
const lookInExcel = (excel: ExcelFake, sheet: string, cell: string) => {
  const f = formatOf(excel.state, sheet, cell);
  return {
    fill: ARGB(f.fill),
    bold: f.bold === true,
    color: ARGB(f.color),
    top: f.borderTop ? `${f.borderTop.weight?.toLowerCase()} ${ARGB(f.borderTop.color)}` : "",
    bottom: f.borderBottom
      ? `${f.borderBottom.weight?.toLowerCase()} ${ARGB(f.borderBottom.color)}`
      : "",
  };
};

const printInExcel = (excel: ExcelFake, sheet: string) => {
  const layout = sheetOf(excel.state, sheet).pageLayout;
  return {
    orientation: layout["orientation"],
    paperSize: layout["paperSize"],
    zoom: layout["zoom"],
    printTitleRows: layout["printTitleRows"],
    footer: `&L${String(layout["leftFooter"])}&R${String(layout["rightFooter"])}`,
  };
};

describe("the matrix and the annex through the Office.js adapter against the .xlsx adapter", () => {
  it("builds the same Part II matrix sheets, cell for cell, with the same look, print setup and flags", async () => {
    const { file, excel, findPlan } = await bothWorkbooks(UNLINK);
    const viaFile = await buildMatrix(new XlsxFilePort(file, { force: true }), findPlan);
    const viaExcel = await buildMatrix(officePort(excel), findPlan);
    expect(viaExcel).toEqual(viaFile);
    if (!viaFile.ok) throw new Error("no matrix");
    expect(viaFile.value.objectivesWithoutGoal).toEqual(["ITU-R Objective 1"]);

    const wb = await readFile(file);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(wb.worksheets.map((ws) => ws.name));
    for (const name of viaFile.value.sheets) {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error(`no ${name} in the file`);
      const { fromFile, fromExcel } = bothCells(ws, excel);
      expect(fromExcel).toEqual(fromFile);
      expect(printInExcel(excel, name)).toEqual(printOfFile(ws));
      for (const cell of ["A3", "B3", "A4", "B5"])
        expect([name, cell, lookInExcel(excel, name, cell)]).toEqual([
          name,
          cell,
          lookInFile(ws, cell),
        ]);
      for (let r = 1; r <= ws.rowCount; r++)
        expect([name, r, sheetOf(excel.state, name).rowHeights.get(r - 1)]).toEqual([
          name,
          r,
          ws.getRow(r).height,
        ]);
    }
    // The flagged objective: a red fill and dark red bold text, in both.
    const ws = wb.getWorksheet("Part II Matrix");
    if (!ws) throw new Error("no matrix sheet");
    const flagged = (ws.getSheetValues() as ExcelJS.CellValue[][]).findIndex(
      (row) => Array.isArray(row) && row[1] === "Objective 1"
    );
    const red = lookInFile(ws, `A${flagged}`);
    expect(red.fill).toBe("FFFFC7CE");
    expect(lookInExcel(excel, "Part II Matrix", `A${flagged}`)).toEqual(red);
  });

  it("writes the same annex, cell for cell, with the same print setup, rules, data bars, and in Excel a native chart", async () => {
    const { file, excel, findPlan } = await bothWorkbooks({});
    const annexFile = join(tempDir(), "annex.xlsx");
    const viaFile = await buildAnnex(
      new XlsxFilePort(file, { force: false }),
      new XlsxFilePort(annexFile, { force: false }),
      findPlan,
      // The workbook carries mistakes: its annex is a draft, written by both adapters alike.
      { now: NOW, draft: true }
    );
    const annexExcel = createExcelFake();
    const viaExcel = await buildAnnex(officePort(excel), officePort(annexExcel), findPlan, {
      now: NOW,
      draft: true,
    });
    expect(viaExcel).toEqual(viaFile);
    if (!viaFile.ok) throw new Error("no annex");

    const wb = await readFile(annexFile);
    expect(annexExcel.state.sheets.map((s) => s.name)).toEqual(wb.worksheets.map((ws) => ws.name));
    for (const ws of wb.worksheets) {
      const { fromFile, fromExcel } = bothCells(ws, annexExcel);
      expect(fromExcel).toEqual(fromFile);
      expect(printInExcel(annexExcel, ws.name)).toEqual(printOfFile(ws));
      for (const cell of ["A3", "B3", "A4", "B4"])
        expect([ws.name, cell, lookInExcel(annexExcel, ws.name, cell)]).toEqual([
          ws.name,
          cell,
          lookInFile(ws, cell),
        ]);
      expect(dataBarsOf(annexExcel.state, ws.name)).toEqual(dataBarsOfFile(ws));
    }
    expect(printInExcel(annexExcel, "Table 4.1").footer).toBe(
      "&LDRAFT, not validated - Strategic plan for the Union for 2012-2015 - reporting year 2013 - generated 2013-12-31&RPage &P of &N"
    );
    // Four statuses, each with its own bar in every block (the sector totals, then each sector's objectives).
    expect(dataBarsOf(annexExcel.state, "Status summary")).toHaveLength(20);

    // The total row is bold and ruled above with a medium line, in both.
    const summary = wb.getWorksheet("Status summary");
    if (!summary) throw new Error("no summary");
    const total = (summary.getSheetValues() as ExcelJS.CellValue[][]).findIndex(
      (row) => Array.isArray(row) && row[1] === "All sectors"
    );
    expect(lookInExcel(annexExcel, "Status summary", `B${total}`)).toEqual(
      lookInFile(summary, `B${total}`)
    );
    expect(lookInFile(summary, `B${total}`).top).toBe("medium FF404040");

    // Excel gets a stacked bar chart of the per-sector counts; the file has the counts and no chart.
    const charts = chartsOf(annexExcel.state, "Status summary");
    expect(charts).toEqual([
      {
        name: "KPI status by sector",
        type: "BarStacked",
        // The sector block at the top of the summary; the chart goes below the objectives' blocks.
        source: "A3:E7",
        seriesBy: "Columns",
        title: "KPIs by status and sector, 2013",
        at: "A38:F55",
      },
    ]);
    const source = cellsOf(annexExcel.state, "Status summary", charts[0]?.source ?? "A1");
    expect(source[0]).toEqual(["Sector", "Met", "On track", "Off track", "Not assessable"]);
    expect(source.map((row) => row[0])).toEqual(["Sector", "ITU-R", "ITU-T", "ITU-D", "GS"]);
  });
});

/** A reporting workbook of n KPI rows in a fake Excel, and its plan. */
const bigWorkbook = async (kpis: number, budget: number) => {
  const plan = planWithKpis(kpis);
  const spec = buildReportingWorkbook(plan, {
    sectors: [],
    period: 2021,
    createdAt: "2021-01-01T00:00:00Z",
    generator: "test",
    entries: entriesFor(plan),
  });
  const limits = { requestLimitBytes: Math.max(budget, 5 * MB), responseLimitBytes: 128 * MB };
  const excel = createExcelFake(limits);
  await officePort(excel, { payloadBudgetBytes: budget }).writeWorkbook(spec);
  return { plan, excel, target: createExcelFake(limits) };
};

/** The syncs buildMatrix and buildAnnex take on a workbook of n KPI rows. */
const roundTrips = async (kpis: number, budget: number) => {
  const { plan, excel, target } = await bigWorkbook(kpis, budget);
  const findPlan = (): Plan => plan;
  const port = officePort(excel, { payloadBudgetBytes: budget });
  let before = excel.stats.syncs;
  const matrix = await buildMatrix(port, findPlan);
  const matrixSyncs = excel.stats.syncs - before;
  before = excel.stats.syncs;
  const annex = await buildAnnex(
    port,
    officePort(target, { payloadBudgetBytes: budget }),
    findPlan,
    // A big workbook carries mistakes: its annex is a draft, written all the same.
    { now: NOW, draft: true }
  );
  if (!matrix.ok || !annex.ok) throw new Error("not a reporting workbook");
  return {
    matrix: matrixSyncs,
    annexRead: excel.stats.syncs - before,
    annexWrite: target.stats.syncs,
    excel,
    target,
  };
};

describe("round trips of the matrix and the annex through the Office.js adapter", () => {
  it("makes the same number of syncs for 10 and for 10,000 KPI rows while requests fit the budget", async () => {
    const small = await roundTrips(10, 64 * MB);
    const large = await roundTrips(10_000, 64 * MB);
    const counts = (r: typeof small) => [r.matrix, r.annexRead, r.annexWrite];
    expect(counts(large)).toEqual(counts(small));
    // read (3), then replace the two matrix sheets (4); read (3); write the annex workbook (3: no sheet
    // of it is protected, so no protection request)
    expect(counts(small)).toEqual([7, 3, 3]);
  }, 240_000);

  it("never sends a request over the payload budget", async () => {
    const budget = 256 * 1024;
    const { excel, target } = await roundTrips(3_000, budget);
    expect(largest(excel.stats.requestBytes)).toBeLessThanOrEqual(budget);
    expect(largest(target.stats.requestBytes)).toBeLessThanOrEqual(budget);
    expect(target.stats.cellsWrittenWithCalculationOn).toBe(0);
  }, 240_000);
});

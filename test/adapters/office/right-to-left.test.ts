import { buildMatrix } from "../../../src/app";
import { goalsSheetName } from "../../../src/core/format";
import { buildReportingWorkbook } from "../../../src/core/layout";
import type { Language } from "../../../src/core/format";
import { formatOf } from "../../support/excel-fake";
import { makePlan } from "../../support/make-plan";
import { excelWith, officePort } from "../../support/office-port";

const plan = makePlan();
const findPlan = (id: string) => (id === plan.id ? plan : undefined);

/** A reporting workbook written into the fake Excel in a language, then its matrix built there. */
const matrixInExcel = async (language: Language) => {
  const excel = await excelWith(
    buildReportingWorkbook(plan, {
      sectors: [],
      period: 2021,
      createdAt: "2021-06-30T12:00:00.000Z",
      generator: "kpi-reporter test",
      language,
    })
  );
  const built = await buildMatrix(officePort(excel), findPlan);
  expect(built.ok).toBe(true);
  return excel;
};

describe("right to left inside Excel", () => {
  it("sets an Arabic workbook's and matrix's cells to read right to left (Office.js has no sheet direction)", async () => {
    const excel = await matrixInExcel("ar");
    for (const [sheet, cell] of [
      ["Part II Matrix", "A1"],
      ["Part II Matrix", "C5"],
      ["Outputs by Goal", "B4"],
      [goalsSheetName("ar"), "A1"],
    ] as const)
      expect([sheet, cell, formatOf(excel.state, sheet, cell).readingOrder]).toEqual([
        sheet,
        cell,
        "RightToLeft",
      ]);
  });

  it("leaves a French workbook's cells in their context's order", async () => {
    const excel = await matrixInExcel("fr");
    expect(formatOf(excel.state, "Part II Matrix", "A1").readingOrder).toBeUndefined();
    expect(formatOf(excel.state, goalsSheetName("fr"), "A1").readingOrder).toBeUndefined();
  });
});

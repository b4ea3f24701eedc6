import { render, translatorFor } from "../../src/core/i18n";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { insertWorkbook } from "../../src/app";
import { loadPlan } from "../../src/core/plan";
import { createExcelFake } from "../support/excel-fake";
import { makePlan } from "../support/make-plan";
import { officePort } from "../support/office-port";

const plan = makePlan();
const request = (intoExisting: boolean) => ({
  sectors: [],
  period: 2021,
  now: new Date("2021-06-30T12:00:00Z"),
  generator: "test",
  intoExisting,
});

/** The value of one cell of the fake Excel's workbook, read back through Office.js as the pane would. */
const cell = async (excel: ReturnType<typeof createExcelFake>, sheet: string, address: string) =>
  excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("values");
    await context.sync();
    return range.values[0]?.[0];
  });

describe("inserting the reporting workbook into the workbook open in Excel", () => {
  it("writes it into a blank workbook", async () => {
    const excel = createExcelFake();
    const result = await insertWorkbook(officePort(excel), plan, request(true));
    expect(result.ok).toBe(true);
    expect(await cell(excel, "A KPIs", "A1")).toBe("KPI ID");
  });

  it("refuses to replace a filled reporting workbook, and keeps the officer's value", async () => {
    const excel = createExcelFake();
    expect((await insertWorkbook(officePort(excel), plan, request(true))).ok).toBe(true);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("A KPIs").getRange("N2").values = [[121]];
      await context.sync();
    });
    const again = await insertWorkbook(officePort(excel), plan, request(true));
    expect(
      again.ok ? "written" : again.errors.map((e) => render(translatorFor("en"), e))[0]
    ).toMatch(
      /^This workbook already holds a reporting workbook \(tables Goals, A_Objectives, A_Outputs, ...\); creating one here would replace the values entered in it\./
    );
    expect(await cell(excel, "A KPIs", "N2")).toBe(121);
  });

  it("writes the plan's texts in the workbook's language, and says once where they are in English", async () => {
    const file = join(__dirname, "..", "fixtures", "plans", "test-fr-2020-2023.json");
    const loaded = loadPlan(JSON.parse(readFileSync(file, "utf8")));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const excel = createExcelFake();
    const result = await insertWorkbook(officePort(excel), loaded.value, {
      ...request(true),
      language: "fr",
    });
    expect(result.ok).toBe(true);
    expect(await cell(excel, "A Objectifs", "E2")).toBe("Premier objectif de A.");
    expect(await cell(excel, "A Produits", "B2")).toBe("Conférence");
    expect(await cell(excel, "Buts", "D3")).toBe("Do B.");
    const lines = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Instructions").getRange("A1:A40");
      range.load("values");
      await context.sync();
      return range.values.map((row) => row[0]);
    });
    expect(
      lines.filter((l) => typeof l === "string" && l.startsWith("Les textes du plan"))
    ).toEqual([
      "Les textes du plan (buts, objectifs, produits, résultats attendus, indicateurs clés de performance) sont en anglais partout où le plan n'en donne pas de version française.",
    ]);
  });
});

import { render, translatorFor } from "../../src/core/i18n";
import { holdsReportOfPlan, insertWorkbook } from "../../src/app";
import { parsePlanFile } from "../../src/core/plan";
import { createExcelFake } from "../support/excel-fake";
import { makePlan, makePlanFileV2 } from "../support/make-plan";
import { excelWith, ituPlan, officePort, reportingSpec } from "../support/office-port";

const planV2 = () => {
  const parsed = parsePlanFile("test-2020-2023.json", JSON.stringify(makePlanFileV2()));
  if (!parsed.ok) throw new Error("plan v2");
  return parsed.value;
};

describe("holdsReportOfPlan", () => {
  it("finds a reporting workbook of the plan, made from an earlier version of it", async () => {
    const excel = await excelWith(reportingSpec(makePlan(), 2021));
    expect(await holdsReportOfPlan(officePort(excel), planV2())).toBe(true);
    expect(await holdsReportOfPlan(officePort(excel), makePlan())).toBe(true);
  });

  it("finds none where the workbook holds another plan's reporting workbook, or nothing of ours", async () => {
    const excel = await excelWith(reportingSpec(makePlan(), 2021));
    expect(await holdsReportOfPlan(officePort(excel), ituPlan())).toBe(false);
    expect(await holdsReportOfPlan(officePort(createExcelFake()), makePlan())).toBe(false);
  });

  it("leaves Create's refusal for another plan as it was", async () => {
    const excel = await excelWith(reportingSpec(makePlan(), 2021));
    const result = await insertWorkbook(officePort(excel), ituPlan(), {
      sectors: [],
      now: new Date("2013-06-30T12:00:00Z"),
      intoExisting: true,
      generator: "test",
    });
    expect(result.ok).toBe(false);
    expect(
      result.ok ? "" : result.errors.map((e) => render(translatorFor("en"), e)).join(" ")
    ).toMatch(/^This workbook already holds a reporting workbook/);
  });
});

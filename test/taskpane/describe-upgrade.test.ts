import { holdsReportOfPlan, upgradeWorkbook } from "../../src/app";
import { parseEntriesFile } from "../../src/core/layout";
import { parsePlanFile } from "../../src/core/plan";
import { describeUpgrade, describeUpgradeOffer } from "../../src/taskpane/describe-upgrade";
import { cellsOf } from "../support/excel-fake";
import { CLEAN_VALUES } from "../support/fill";
import { makePlan, makePlanFileV2 } from "../support/make-plan";
import { editInExcel, excelWith, officePort, reportingSpec } from "../support/office-port";

const NOW = new Date("2021-07-01T09:00:00Z");

const planV2 = () => {
  const parsed = parsePlanFile("test-2020-2023.json", JSON.stringify(makePlanFileV2()));
  if (!parsed.ok) throw new Error("plan v2");
  return parsed.value;
};

const filledExcel = async () => {
  const parsed = parseEntriesFile("values.json", JSON.stringify(CLEAN_VALUES));
  if (!parsed.ok) throw new Error("values");
  const excel = await excelWith(reportingSpec(makePlan(), 2021, parsed.value.entries));
  await editInExcel(excel, { "A KPIs!A9": "Checked by the director" });
  return excel;
};

describe("what the pane says when Create finds this plan's workbook already open", () => {
  it("offers the update instead of refusing, naming the plan", () => {
    expect(describeUpgradeOffer("test-2020-2023")).toBe(
      "This workbook already holds a reporting workbook of plan test-2020-2023; creating one here would replace " +
        "the values entered in it. Update it to the current plan file instead: every value is carried to its " +
        "KPI, output or objective by id, and anything the plan no longer has is listed on a sheet “Not placed”."
    );
  });

  it("says how many values the update carried and how many it listed on the Not placed sheet", async () => {
    const excel = await filledExcel();
    const port = officePort(excel);
    const plan = planV2();
    expect(await holdsReportOfPlan(port, plan)).toBe(true);
    const result = await upgradeWorkbook(port, () => plan, {
      plan,
      now: NOW,
      generator: "test",
    });
    if (!result.ok) throw new Error(result.errors.join(" "));
    expect(describeUpgrade(result.value)).toBe(
      "Updated this workbook to plan test-2020-2023 version 2.0.0 (it was made from version 1.0.0): carried 41 " +
        "values to the same ids and columns; 10 values have no place in this version and are listed on the sheet " +
        "“Not placed”."
    );
    const notPlaced = cellsOf(excel.state, "Not placed", "A1:A30")
      .flat()
      .filter((v) => v !== "" && v !== null && v !== undefined);
    expect(notPlaced.length).toBeGreaterThanOrEqual(10);
  });

  it("says every value found its place when updating to the version the workbook was made from", async () => {
    const excel = await filledExcel();
    const plan = makePlan();
    const result = await upgradeWorkbook(officePort(excel), () => plan, {
      plan,
      now: NOW,
      generator: "test",
    });
    if (!result.ok) throw new Error(result.errors.join(" "));
    expect(describeUpgrade(result.value)).toMatch(
      /^Updated this workbook to plan test-2020-2023 version 1\.0\.0: carried \d+ values to the same ids and columns; every value found its place\.$/
    );
  });
});

import { MemoryXlsxIo, XlsxBytesPort } from "../../src/adapters/xlsx";
import { insertWorkbook } from "../../src/app";
import { ribbonValidate } from "../../src/commands/ribbon-validate";
import { planFinder } from "../../src/core/plan";
import { translatorFor } from "../../src/core/i18n";
import { makePlan } from "../support/make-plan";
import { excelWith, ituPlan, ituSample, officePort, reportingSpec } from "../support/office-port";

const plan = makePlan();
const NOW = new Date("2021-06-30T12:00:00Z");
const en = translatorFor("en");

describe("the ribbon's Validate", () => {
  it("marks the workbook and sums up what it found, pointing at the Validation sheet", async () => {
    const made = new MemoryXlsxIo("new.xlsx");
    await insertWorkbook(new XlsxBytesPort(made), plan, {
      sectors: [],
      period: 2021,
      now: NOW,
      generator: "test",
    });
    const io = new MemoryXlsxIo("book.xlsx", made.written);
    const outcome = await ribbonValidate(new XlsxBytesPort(io), planFinder([plan]), NOW, en);
    expect(outcome.showSheet).toBe(true);
    expect(outcome.text).toMatch(
      /^\d+ errors?, \d+ warnings?, \d+ info( \(errors block submission\))?: see the Validation sheet, whose links go to each cell\.$/
    );
    expect(io.written).toBeDefined();
  });

  it("says plainly when the open workbook is no reporting workbook", async () => {
    const made = new MemoryXlsxIo("new.xlsx");
    await insertWorkbook(new XlsxBytesPort(made), plan, {
      sectors: [],
      period: 2021,
      now: NOW,
      generator: "test",
    });
    const outcome = await ribbonValidate(
      new XlsxBytesPort(new MemoryXlsxIo("book.xlsx", made.written)),
      planFinder([]),
      NOW,
      en
    );
    expect(outcome).toEqual({
      text: 'This workbook was made for plan "test-2020-2023", which this installation does not have (the plans this add-in has are listed on the Create tab). Open the reporting workbook made by KPI Reporter and press Validate again.',
      showSheet: false,
    });
  });

  it("words its refusal in Office's display language", async () => {
    const made = new MemoryXlsxIo("new.xlsx");
    await insertWorkbook(new XlsxBytesPort(made), plan, {
      sectors: [],
      period: 2021,
      now: NOW,
      generator: "test",
    });
    const outcome = await ribbonValidate(
      new XlsxBytesPort(new MemoryXlsxIo("book.xlsx", made.written)),
      planFinder([]),
      NOW,
      translatorFor("fr")
    );
    expect(outcome.text).toMatch(/^Ce classeur /);
    expect(outcome.text).toMatch(
      /Ouvrez le classeur de rapport créé par KPI Reporter et cliquez de nouveau sur Valider\.$/
    );
  });

  it("recognises a workbook in Excel whose metadata sheet was lost, as the CLI does", async () => {
    const plan = ituPlan();
    const excel = await excelWith(reportingSpec(plan, 2013, ituSample().entries));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("_kpi_meta").delete();
    });
    const outcome = await ribbonValidate(officePort(excel), planFinder([plan]), NOW, en);
    expect(outcome.showSheet).toBe(true);
    expect(outcome.text).toMatch(
      /^\d+ errors?, [1-9]\d* warnings?, \d+ info( \(errors block submission\))?: see the Validation sheet/
    );
    expect(outcome.text).not.toMatch(/kpi-report/);
  });
});

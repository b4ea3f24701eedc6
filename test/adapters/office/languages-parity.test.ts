import { buildReportingWorkbook } from "../../../src/core/layout";
import type { Language } from "../../../src/core/format";
import { excelWith, ituPlan, ituSample, officePort, xlsxSnapshot } from "../../support/office-port";

/** The 2012-2015 sample workbook in a language, as `kpi-report new --lang` builds it. */
const specIn = (language: Language) =>
  buildReportingWorkbook(ituPlan(), {
    sectors: [],
    period: 2013,
    createdAt: "2021-06-30T12:00:00.000Z",
    generator: "kpi-reporter test",
    entries: ituSample().entries,
    language,
  });

describe("a workbook in French or Arabic, written by the Office.js adapter and by the .xlsx writer", () => {
  it.each([
    [
      "fr",
      ["ITU-T Ressources", "ITU-T Ressources par objectif", "Ressources par but"],
      "Dépenses 2013",
    ],
    ["ar", ["ITU-T الموارد", "ITU-T موارد الأهداف", "الموارد حسب الغاية"], "النفقات 2013"],
  ] as const)(
    "%s: the same sheet names, tables, headers and cells, the resources sheets' included",
    async (language, sheets, header) => {
      const spec = specIn(language);
      const fromExcel = await officePort(await excelWith(spec)).readSnapshot();
      expect(fromExcel).toEqual(await xlsxSnapshot(spec));
      expect(fromExcel.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([...sheets]));
      expect(fromExcel.tables.find((t) => t.name === "ITUT_Resources")?.headers).toContain(header);
    },
    120_000
  );
});

import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { loadXlsx } from "../../src/adapters/xlsx";

/** Edits a workbook file as an officer would in Excel: set cells by sheet and address, then save. */
export const editWorkbook = async (
  file: string,
  edits: Record<string, ExcelJS.CellValue>,
  out = file
): Promise<void> => {
  const wb = await loadXlsx(file, readFileSync(file));
  for (const [ref, value] of Object.entries(edits)) {
    const [sheet, cell] = ref.split("!");
    const ws = wb.getWorksheet(sheet ?? "");
    if (!ws || !cell) throw new Error(`no sheet for ${ref}`);
    ws.getCell(cell).value = value;
  }
  await wb.xlsx.writeFile(out);
};

/** Clean values for the test plan's six KPIs (reporting year 2021): no finding comes from them. */
export const CLEAN_VALUES = {
  plan: "test-2020-2023",
  entries: {
    "A.kpi.1.1": {
      baselineYear: 2019,
      baseline: 100,
      targets: { "2020": 110, "2021": 120 },
      actuals: { "2020": 112, "2021": 121 },
      evidence: "Registration system",
    },
    "A.kpi.1.2": {
      baselineYear: 2019,
      baseline: 30,
      targets: { "2020": 25, "2021": 20 },
      actuals: { "2020": 27, "2021": 22 },
    },
    "A.kpi.1.3": {
      baselineYear: 2019,
      baseline: 60,
      targets: { "2020": 70, "2021": 80 },
      actuals: { "2020": 66, "2021": 75 },
    },
    "A.kpi.2.1": {
      targets: { "2020": "Yes", "2021": "Yes" },
      actuals: { "2020": "Yes", "2021": "Yes" },
      evidence: "Auditor's report",
    },
    "A.kpi.2.2": {
      targets: { "2020": "In progress", "2021": "Completed" },
      actuals: { "2020": "In progress", "2021": "In progress" },
    },
    "A.kpi.2.3": {
      targets: { "2021": "Wider recognition" },
      actuals: { "2021": "Cited by three ministers" },
      assessments: { "2021": "Partly achieved" },
    },
  },
};

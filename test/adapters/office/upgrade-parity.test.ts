import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxFilePort, writeXlsx } from "../../../src/adapters/xlsx";
import { upgradeWorkbook } from "../../../src/app";
import { parseEntriesFile } from "../../../src/core/layout";
import { parsePlanFile } from "../../../src/core/plan";
import type { Snapshot } from "../../../src/core/snapshot";
import { tempDir } from "../../support/cli-harness";
import { CLEAN_VALUES, editWorkbook } from "../../support/fill";
import { makePlan, makePlanFileV2 } from "../../support/make-plan";
import { editInExcel, excelWith, officePort, reportingSpec } from "../../support/office-port";
import { readBack, sheetRows } from "../../support/read-sheet";

const NOW = new Date("2021-07-01T09:00:00Z");
const OPTIONS = { now: NOW, generator: "kpi-reporter test" };

const entries = () => {
  const parsed = parseEntriesFile("values.json", JSON.stringify(CLEAN_VALUES));
  if (!parsed.ok) throw new Error("values");
  return parsed.value.entries;
};

const planV2 = () => {
  const parsed = parsePlanFile("test-2020-2023.json", JSON.stringify(makePlanFileV2()));
  if (!parsed.ok) throw new Error("plan v2");
  return parsed.value;
};

// The officer's note beneath the KPI table, which the upgrade must carry.
const NOTE = { "A KPIs!A9": "Checked by the director" };

/** The rows of every table and the cells beside them: where each value stands after the upgrade. */
const placed = (snapshot: Snapshot) => ({
  sheets: snapshot.sheets,
  tables: snapshot.tables.map((t) => ({
    name: t.name,
    sheet: t.sheet,
    headers: t.headers,
    rows: t.rows.map((row) => row.map((c) => [c.cell, c.value])),
  })),
  cells: snapshot.cells,
});

describe("upgrading a filled workbook in Excel against upgrading its file", () => {
  it("puts the same values in the same cells and lists the same values as not placed", async () => {
    const spec = reportingSpec(makePlan(), 2021, entries());
    const dir = tempDir();
    const file = join(dir, "v1.xlsx");
    const out = join(dir, "v2.xlsx");
    writeFileSync(file, await writeXlsx(spec));
    await editWorkbook(file, NOTE);
    const excel = await excelWith(spec);
    await editInExcel(excel, NOTE);

    const viaFile = await upgradeWorkbook(
      new XlsxFilePort(file, { force: false, saveTo: out }),
      () => planV2(),
      OPTIONS
    );
    const viaExcel = await upgradeWorkbook(officePort(excel), () => planV2(), OPTIONS);
    if (!viaFile.ok || !viaExcel.ok) throw new Error("not upgraded");

    expect(viaExcel.value).toEqual(viaFile.value);
    expect(viaExcel.value.toVersion).toBe("2.0.0");
    expect(viaExcel.value.placed).toBe(41);
    expect(viaExcel.value.notPlaced.length).toBe(11);

    const fileAfter = await new XlsxFilePort(out, { force: false }).readSnapshot({
      outsideTables: true,
    });
    const excelAfter = await officePort(excel).readSnapshot({ outsideTables: true });
    expect(placed(excelAfter)).toEqual(placed(fileAfter));
    expect(excelAfter.cells).toContainEqual({
      sheet: "A KPIs",
      cell: expect.any(String) as string,
      value: "Checked by the director",
    });

    // The Not placed sheet, as ExcelJS reads the file, holds the rows Excel holds.
    const notPlaced = excelAfter.tables.find((t) => t.sheet === "Not placed");
    const fromFile = sheetRows((await readBack(out)).getWorksheet("Not placed"));
    expect(notPlaced?.rows.length).toBe(11);
    for (const row of notPlaced?.rows ?? [])
      expect(fromFile).toContainEqual(
        expect.arrayContaining(row.map((c) => c.value ?? "").filter((v) => v !== ""))
      );
  });
});

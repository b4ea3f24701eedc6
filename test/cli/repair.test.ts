import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { kpiReport, newWorkbook, tempDir } from "../support/cli-harness";
import { CLEAN_VALUES } from "../support/fill";

/** A filled workbook of the test plan (in a language, English by default) whose _kpi_meta sheet another tool dropped. */
const lostMetadata = async (language?: string): Promise<{ plans: string; file: string }> => {
  const { plans, file } = await newWorkbook(CLEAN_VALUES, language);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.removeWorksheet(wb.getWorksheet("_kpi_meta")?.id ?? -1);
  await wb.xlsx.writeFile(file);
  return { plans, file };
};

const rules = async (plans: string, file: string): Promise<{ code: number; rules: string[] }> => {
  const r = await kpiReport("--plans-dir", plans, "validate", file, "--json");
  return {
    code: r.code,
    rules: (JSON.parse(r.out) as { issues: { rule: string }[] }).issues.map((i) => i.rule),
  };
};

describe("a workbook that lost its metadata sheet", () => {
  it("validates (exit 1 for its errors, not 2) with a metadata-rebuilt warning", async () => {
    const { plans, file } = await lostMetadata();
    const r = await kpiReport("--plans-dir", plans, "validate", file);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(r.out).toMatch(
      /has no metadata sheet _kpi_meta \(table KPI_Meta\); it was recognised from its own tables as plan test-2020-2023 version [^,]+, reporting year 2021, sectors A, B/
    );
    expect((await rules(plans, file)).rules).toEqual([
      "metadata-rebuilt",
      "objective-has-goal",
      "objective-has-kpi",
    ]);
  });

  it("is repaired into a copy, which validates without the warning; the original stays as it was", async () => {
    const { plans, file } = await lostMetadata();
    const out = join(tempDir(), "repaired.xlsx");
    const r = await kpiReport("--plans-dir", plans, "repair", file, "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^Wrote .*repaired\.xlsx: its metadata sheet written back, recognised from its tables as plan test-2020-2023/
    );
    expect((await rules(plans, out)).rules).toEqual(["objective-has-goal", "objective-has-kpi"]);
    expect((await rules(plans, file)).rules).toContain("metadata-rebuilt");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("_kpi_meta")?.state).toBe("veryHidden");

    const again = await kpiReport("--plans-dir", plans, "repair", out, "--in-place");
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/its metadata is sound .*; nothing was written$/);
  });

  it("gives a workbook written in another language its language back, read from its headers", async () => {
    for (const language of ["fr", "ar"]) {
      const { plans, file } = await lostMetadata(language);
      const out = join(tempDir(), `repaired-${language}.xlsx`);
      expect((await kpiReport("--plans-dir", plans, "repair", file, "--out", out)).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const meta = new Map<unknown, unknown>();
      wb.getWorksheet("_kpi_meta")?.eachRow((row) =>
        meta.set(row.getCell(1).value, row.getCell(2).value)
      );
      expect(meta.get("language")).toBe(language);
      // The repaired workbook validates as the original did.
      const checked = await kpiReport("--plans-dir", plans, "validate", out, "--json");
      expect(
        (JSON.parse(checked.out) as { issues: { rule: string }[] }).issues.map((i) => i.rule)
      ).toEqual(["objective-has-goal", "objective-has-kpi"]);
    }
  });

  it("exits 2 with one line naming the file when it cannot say where to write or what the workbook is", async () => {
    const { plans, file } = await lostMetadata();
    const nowhere = await kpiReport("--plans-dir", plans, "repair", file);
    expect(nowhere.code).toBe(2);
    expect(nowhere.err).toMatch(/report\.xlsx: say where the repaired workbook goes/);

    const other = join(tempDir(), "budget.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").getCell("A1").value = 12;
    await wb.xlsx.writeFile(other);
    const out = join(tempDir(), "x.xlsx");
    const r = await kpiReport("--plans-dir", plans, "repair", other, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/budget\.xlsx: is not a KPI Reporter workbook/);
    expect(existsSync(out)).toBe(false);
  });
});

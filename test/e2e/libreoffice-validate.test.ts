import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { kpiReport, newWorkbook, planDir, tempDir } from "../support/cli-harness";
import { CLEAN_VALUES, editWorkbook } from "../support/fill";
import { libreOfficeConvert } from "../support/libreoffice";
import { describeWithTool } from "../support/system-tools";

describeWithTool("LibreOffice Calc")("validating a workbook saved by LibreOffice Calc", () => {
  it("agrees with every status Calc computed, and catches one typed over afterwards", async () => {
    const { dir, plans, file } = await newWorkbook(CLEAN_VALUES);

    // Saved by Calc, the Status cells carry computed results: the validator compares them with its own.
    const saved = join(dir, "saved.xlsx");
    copyFileSync(await libreOfficeConvert(file, "xlsx"), saved);
    const clean = JSON.parse(
      (await kpiReport("--plans-dir", plans, "validate", saved, "--json")).out
    ) as { issues: { rule: string }[] };
    expect(
      clean.issues.filter((i) =>
        ["status-mismatch", "column-missing", "table-missing", "sheet-missing"].includes(i.rule)
      )
    ).toEqual([]);

    await editWorkbook(saved, { "A KPIs!W3": "Met" });
    const edited = JSON.parse(
      (await kpiReport("--plans-dir", plans, "validate", saved, "--json")).out
    ) as { issues: { rule: string; cell: string }[] };
    expect(edited.issues.filter((i) => i.rule === "status-mismatch").map((i) => i.cell)).toEqual([
      "W3",
    ]);
  });

  it("writes a checked copy that Calc opens and converts", async () => {
    const dir = tempDir();
    const plans = planDir();
    const file = join(dir, "report.xlsx");
    await kpiReport(
      "--plans-dir",
      plans,
      "new",
      "--plan",
      "test-2020-2023",
      "--period",
      "2021",
      "--out",
      file
    );
    await editWorkbook(file, { "A KPIs!N2": "12%" });
    const checked = join(dir, "checked.xlsx");
    expect((await kpiReport("--plans-dir", plans, "validate", file, "--out", checked)).code).toBe(
      1
    );
    const csv = await libreOfficeConvert(checked, "csv");
    expect(csv).toMatch(/checked\.csv$/);
  });
});

describeWithTool("LibreOffice Calc")(
  "a checked copy of a workbook saved by LibreOffice Calc",
  () => {
    it("is written even though Calc saves its tables without style information", async () => {
      const dir = tempDir();
      const plans = planDir();
      const file = join(dir, "report.xlsx");
      await kpiReport(
        "--plans-dir",
        plans,
        "new",
        "--plan",
        "test-2020-2023",
        "--period",
        "2021",
        "--out",
        file
      );
      const saved = join(dir, "saved.xlsx");
      copyFileSync(await libreOfficeConvert(file, "xlsx"), saved);
      const r = await kpiReport(
        "--plans-dir",
        plans,
        "validate",
        saved,
        "--out",
        join(dir, "checked.xlsx")
      );
      expect(r.err).toBe("");
      expect(r.code).toBe(1);
    });
  }
);

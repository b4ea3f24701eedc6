import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kpiReport, newWorkbook } from "../support/cli-harness";
import { CLEAN_VALUES } from "../support/fill";
import { libreOfficeConvert } from "../support/libreoffice";
import { makePlanFileV2 } from "../support/make-plan";
import { readBack } from "../support/read-sheet";
import { describeWithTool } from "../support/system-tools";

describeWithTool("LibreOffice Calc")("an upgraded workbook opened in LibreOffice Calc", () => {
  it("keeps its tables and values, and Calc's statuses agree with the engine's", async () => {
    const { dir, file } = await newWorkbook(CLEAN_VALUES);
    const plans = join(dir, "plans-v2");
    mkdirSync(plans);
    writeFileSync(join(plans, "test-2020-2023.json"), JSON.stringify(makePlanFileV2()));
    const upgraded = join(dir, "upgraded.xlsx");
    expect((await kpiReport("--plans-dir", plans, "upgrade", file, "--out", upgraded)).code).toBe(
      1
    );

    // Saved by Calc, the Status cells carry Calc's results: validation compares them with its own.
    const saved = join(dir, "saved.xlsx");
    copyFileSync(await libreOfficeConvert(upgraded, "xlsx"), saved);
    const report = JSON.parse(
      (await kpiReport("--plans-dir", plans, "validate", saved, "--json")).out
    ) as { issues: { rule: string }[] };
    expect(
      report.issues.filter((i) =>
        ["status-mismatch", "column-missing", "table-missing", "sheet-missing"].includes(i.rule)
      )
    ).toEqual([]);
    const ws = (await readBack(saved)).getWorksheet("A KPIs");
    expect([ws?.getCell("A2").value, ws?.getCell("N2").value]).toEqual(["A.kpi.1.1", 121]);
    expect((await readBack(saved)).getWorksheet("Not placed")?.getCell("H2").value).toBe(
      "A.out.2 is not in plan test-2020-2023 version 2.0.0"
    );
  });
});

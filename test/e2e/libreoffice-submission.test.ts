import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kpiReport, planDir, tempDir } from "../support/cli-harness";
import { CLEAN_VALUES, editWorkbook } from "../support/fill";
import { libreOfficeConvert } from "../support/libreoffice";
import { describeWithTool } from "../support/system-tools";

describeWithTool("LibreOffice Calc")("a submission saved again by LibreOffice Calc", () => {
  it("still verifies, and a change made after the re-save is still named", async () => {
    const dir = tempDir();
    const plans = planDir();
    const run = (...argv: string[]): ReturnType<typeof kpiReport> =>
      kpiReport("--plans-dir", plans, ...argv);
    const values = join(dir, "values.json");
    writeFileSync(values, JSON.stringify(CLEAN_VALUES));
    const file = join(dir, "report.xlsx");
    const made = await run(
      "new",
      "--plan",
      "test-2020-2023",
      "--sector",
      "A",
      "--period",
      "2021",
      "--values",
      values,
      "--out",
      file
    );
    expect(made.code).toBe(0);
    const submission = join(dir, "submission.xlsx");
    expect((await run("submit", file, "--out", submission, "--preparer", "A. Officer")).code).toBe(
      0
    );

    // Calc recalculates every formula, writes its own styles, shared strings and table XML.
    const resaved = join(dir, "resaved.xlsx");
    copyFileSync(await libreOfficeConvert(submission, "xlsx"), resaved);
    const verified = await run("verify", resaved);
    expect(verified.out).toMatch(/: unchanged since it was stamped/);
    expect(verified.code).toBe(0);

    await editWorkbook(resaved, { "A KPIs!I4": 61 });
    const changed = await run("verify", resaved);
    expect(changed.code).toBe(1);
    expect(changed.out.split("\n").slice(3)).toEqual([
      "  1 cell changed:",
      "    A KPIs!I4  A.kpi.1.3  Baseline: 60 -> 61",
    ]);
  });
});

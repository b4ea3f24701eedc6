import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { join } from "node:path";
import { CanonicalCell, canonicalValue, contentHash } from "../../../src/core/submission";
import { kpiReport, planDir, tempDir } from "../../support/cli-harness";
import { CLEAN_VALUES } from "../../support/fill";
import { openpyxlAvailable, openpyxlResave } from "../../support/other-tool-corpus";

const DOC = readFileSync(resolve(__dirname, "../../../docs/submission-format.md"), "utf8");
const PYTHON = "/usr/bin/python3";
// Python is part of Debian's base; under CI=true a missing one fails instead of skipping.
const describeWithPython =
  existsSync(PYTHON) || process.env.CI === "true" ? describe : describe.skip;

const cell = (
  row: string,
  column: string,
  value: Parameters<typeof canonicalValue>[0]
): CanonicalCell => ({
  table: "ITU-R KPIs",
  row,
  column,
  value: canonicalValue(value),
  at: null,
});

describeWithPython("docs/submission-format.md", () => {
  it("gives a Python recipe that recomputes the content hash, whatever the values", async () => {
    const recipe = /```python\n([\s\S]*?)```/.exec(DOC)?.[1];
    expect(recipe).toBeDefined();
    const cells = [
      cell("ITU-R.kpi.1.1", "Actual 2013", 0.1 + 0.2),
      cell("ITU-R.kpi.1.1", "Target 2013", 1380),
      cell("ITU-R.kpi.1.2", "Baseline", 1e-7),
      cell("ITU-R.kpi.1.2", "Actual 2012", 0.000012),
      cell("ITU-R.kpi.1.2", "Target 2012", 2.5e21),
      cell("ITU-R.kpi.1.3", "Baseline", -42.125),
      cell("ITU-R.kpi.1.3", "Evidence / comment", 'Report "2013", p.\r\n4 – Genève ✓ 𝄞\ttab'),
      cell("ITU-R.kpi.1.4", "Actual 2013", true),
      cell("ITU-R.kpi.1.4", "Data note", null),
      cell("ITU-R.kpi.1.5", "Actual 2013", { error: "#DIV/0!" }),
      cell("ITU-R.kpi.1.5", "Actual 2012", { date: "2013-05-01" }),
      cell("ITU-R.kpi.2.0", "Actual 2013", "  spaced  "),
    ];
    const script = `${recipe ?? ""}\nimport sys\ncells = json.load(sys.stdin)\nprint(content_hash([tuple(c) for c in cells]))\n`;
    const out = execFileSync(PYTHON, ["-c", script], {
      input: JSON.stringify(cells.map((c) => [c.table, c.row, c.column, c.value])),
      encoding: "utf8",
    });
    expect(out.trim()).toBe(await contentHash(cells));
  });

  const withOpenpyxl = openpyxlAvailable() || process.env.CI === "true" ? it : it.skip;

  withOpenpyxl(
    "reads a stamped workbook with openpyxl and gets its content hash, also after openpyxl saved it",
    async () => {
      const recipe = /```python\n([\s\S]*?)```/.exec(DOC)?.[1] ?? "";
      const dir = tempDir();
      const plans = planDir();
      const values = join(dir, "values.json");
      writeFileSync(values, JSON.stringify(CLEAN_VALUES));
      const file = join(dir, "report.xlsx");
      const run = (...argv: string[]): ReturnType<typeof kpiReport> =>
        kpiReport("--plans-dir", plans, ...argv);
      await run(
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
      const submission = join(dir, "submission.xlsx");
      expect(
        (await run("submit", file, "--out", submission, "--preparer", "A. Officer")).code
      ).toBe(0);
      const verified = await run("verify", submission, "--json");
      const expected = (JSON.parse(verified.out) as { stamp: { contentHash: string } }).stamp
        .contentHash;
      const resaved = await openpyxlResave(submission, join(dir, "resaved.xlsx"));
      for (const path of [submission, resaved]) {
        const out = execFileSync(
          PYTHON,
          ["-c", `${recipe}\nimport sys\nprint(content_hash(content_cells(sys.argv[1])))\n`, path],
          { encoding: "utf8" }
        );
        expect(out.trim()).toBe(expected);
      }
    }
  );
});

import ExcelJS from "exceljs";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { WORKBOOK_LIMITS } from "../../src/core/snapshot";
import { buildFindingsSheet, fitCell } from "../../src/core/layout";
import { kpiReport, newWorkbook, planDir, tempDir } from "../support/cli-harness";
import { CLEAN_VALUES } from "../support/fill";
import { makePlanFile } from "../support/make-plan";

const LONG = "x".repeat(40_000);

describe("limits everywhere", () => {
  it("refuses a plan file with a text longer than a cell holds, naming the file and the JSON path", async () => {
    const file = makePlanFile();
    const [a, ...rest] = file.sectors as Record<string, unknown>[];
    const objectives = (a?.objectives as Record<string, unknown>[]).map((o, i) =>
      i === 1 ? { ...o, text: LONG } : o
    );
    const plans = planDir({
      "long-text.json": JSON.stringify({
        ...file,
        id: "long-text",
        sectors: [{ ...a, objectives }, ...rest],
      }),
    });
    const listed = await kpiReport("--plans-dir", plans, "plans");
    expect(listed.code).toBe(2);
    expect(listed.err).toMatch(
      /long-text\.json.*\$\.sectors\[0\]\.objectives\[1\]\.text: is 40,000 characters long, more than the 32,767 a workbook cell can hold/
    );
    const out = join(tempDir(), "x.xlsx");
    const made = await kpiReport("--plans-dir", plans, "new", "--plan", "long-text", "--out", out);
    expect(made.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a workbook with a cell past the limit outside the tables, and writes no copy of it", async () => {
    const { file, plans, dir } = await newWorkbook(CLEAN_VALUES);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("A Outputs");
    if (!ws) throw new Error("no sheet A Outputs");
    ws.getCell("K20").value = LONG;
    await wb.xlsx.writeFile(file);
    const before = readFileSync(file);
    const out = join(dir, "checked.xlsx");
    const r = await kpiReport("--plans-dir", plans, "validate", file, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /report\.xlsx: sheet "A Outputs" cell K20 holds 40,000 characters, more than Excel's limit of 32,767 per cell/
    );
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(file)).toEqual(before);
  });

  it("writes no finding's text longer than a cell holds", () => {
    const sheet = buildFindingsSheet(
      [
        {
          rule: "value-not-number",
          severity: "error",
          sheet: "A KPIs",
          cell: "M2",
          message: `"${LONG}" is not a number`,
        },
      ],
      { errors: 1, warnings: 0, info: 0 },
      "2021-06-30T12:00:00Z"
    );
    const texts = sheet.tables.flatMap((t) => t.rows.flat()).filter((v) => typeof v === "string");
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts)
      expect((text as string).length).toBeLessThanOrEqual(WORKBOOK_LIMITS.cellChars);
    expect(fitCell("short")).toBe("short");
    expect(fitCell(LONG)).toMatch(/… \(cut: 40,000 characters\)$/);
  });
});

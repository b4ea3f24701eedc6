import type ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { kpiReport, newWorkbook, tempDir } from "../support/cli-harness";
import { editWorkbook } from "../support/fill";
import { readBack, sheetRows } from "../support/read-sheet";

/** Every sheet's values but the matrix sheets', to show a rebuild left them as they were. */
const otherSheets = (wb: ExcelJS.Workbook): Record<string, unknown> =>
  Object.fromEntries(
    wb.worksheets
      .filter(
        (ws) =>
          ![
            "Part II Matrix",
            "Outputs by Goal",
            "Part II Matrix, Amounts",
            "Outputs by Goal, Amounts",
          ].includes(ws.name)
      )
      .map((ws) => [ws.name, sheetRows(ws)])
  );

describe("kpi-report matrix", () => {
  it("rebuilds the matrix in place from an officer's edit, once however often it runs, leaving the rest", async () => {
    const { plans, file } = await newWorkbook();
    // B Objectives: row 2 is B's Objective 1, column G its Goal B; A KPIs!N2 is an actual an officer typed.
    await editWorkbook(file, { "B Objectives!G2": "X", "A KPIs!N2": 121 });
    const before = await readBack(file);

    const first = await kpiReport("--plans-dir", plans, "matrix", file, "--in-place");
    expect(first).toMatchObject({ code: 0, err: "" });
    expect(first.out).toBe(
      `Wrote ${file}: sheets 'Part II Matrix', 'Outputs by Goal', 'Part II Matrix, Amounts', and 'Outputs by Goal, Amounts' (3 objectives and 3 outputs against 2 goals)`
    );
    expect((await kpiReport("--plans-dir", plans, "matrix", file, "--in-place")).code).toBe(0);

    const after = await readBack(file);
    const names = before.worksheets.map((ws) => ws.name);
    expect(names.at(-1)).toBe("_kpi_meta");
    expect(after.worksheets.map((ws) => ws.name)).toEqual([
      ...names.slice(0, -1),
      "Part II Matrix",
      "Outputs by Goal",
      "Part II Matrix, Amounts",
      "Outputs by Goal, Amounts",
      "_kpi_meta",
    ]);
    expect(sheetRows(after.getWorksheet("Part II Matrix"), 3)).toEqual([
      ["Sector / objective", "Goal A", "Goal B", "Goals linked", "Check"],
      ["A", "", "", "", ""],
      ["Objective 1", "X", "", 1, ""],
      ["Objective 2", "X", "", 1, ""],
      ["B", "", "", "", ""],
      ["Objective 1", "", "X", 1, ""],
      ["Objectives per goal", 2, 1, 3, ""],
      ["Check", "", "", "", ""],
    ]);
    expect(sheetRows(after.getWorksheet("Outputs by Goal"), 3)).toContainEqual([
      "Study groups",
      "",
      "X",
      1,
      "",
    ]);
    expect(otherSheets(after)).toEqual(otherSheets(before));
  });

  it("flags a goal with no objective and an objective with no goal, in the sheet and in its report", async () => {
    const { dir, plans, file } = await newWorkbook();
    const copy = join(dir, "with-matrix.xlsx");
    const r = await kpiReport("--plans-dir", plans, "matrix", file, "--out", copy);
    expect(r.out.split("\n")[1]).toBe(
      "Flagged: 1 of 3 objectives linked to no goal: B Objective 1; 1 of 2 goals served by no objective: Goal B"
    );
    const ws = (await readBack(copy)).getWorksheet("Part II Matrix");
    expect(ws?.getCell("E8").value).toBe("No goal");
    expect(ws?.getCell("C10").value).toBe("No objective");
    expect((ws?.getCell("C10").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
  });

  it("writes a copy with --out and leaves the workbook itself as it was", async () => {
    const { dir, plans, file } = await newWorkbook();
    const bytes = readFileSync(file);
    const copy = join(dir, "copy.xlsx");
    expect((await kpiReport("--plans-dir", plans, "matrix", file, "--out", copy)).code).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect((await readBack(copy)).getWorksheet("Part II Matrix")).toBeDefined();
    const again = await kpiReport("--plans-dir", plans, "matrix", file, "--out", copy);
    expect(again.code).toBe(2);
    expect(again.err).toBe(`kpi-report: ${copy} already exists; use --force to replace it`);
  });

  it("asks where the matrix goes when given neither --out nor --in-place", async () => {
    const { plans, file } = await newWorkbook();
    const r = await kpiReport("--plans-dir", plans, "matrix", file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `kpi-report: ${file}: say where the matrix goes: --out <copy.xlsx> for a copy, or --in-place to rewrite the workbook`
    );
  });

  it("leaves the 2008-2011 matrix unmarked until officers link, and validation names each unlinked objective", async () => {
    const dir = tempDir();
    const file = join(dir, "itu-2011.xlsx");
    expect(
      (await kpiReport("new", "--plan", "itu-2008-2011", "--period", "2011", "--out", file)).code
    ).toBe(0);
    expect((await kpiReport("matrix", file, "--in-place")).code).toBe(0);
    const rows = sheetRows((await readBack(file)).getWorksheet("Part II Matrix"), 3);
    expect(rows[0]).toEqual([
      "Sector / objective",
      "Goal 1",
      "Goal 2",
      "Goal 3",
      "Goal 4",
      "Goal 5",
      "Goal 6",
      "Goal 7",
      "Goals linked",
      "Check",
    ]);
    expect(rows[2]).toEqual(["Objective 1", "", "", "", "", "", "", "", 0, "No goal"]);
    expect(rows.at(-1)).toEqual(["Check", ...Array(7).fill("No objective"), "", ""]);
    const checked = JSON.parse((await kpiReport("validate", file, "--json")).out) as {
      issues: { rule: string }[];
    };
    expect(checked.issues.filter((i) => i.rule === "objective-has-goal")).toHaveLength(24);
  });
});

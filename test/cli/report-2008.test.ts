import ExcelJS from "exceljs";
import { join } from "node:path";
import { kpiReport, tempDir } from "../support/cli-harness";
import { editWorkbook } from "../support/fill";
import { readBack, sheetRows } from "../support/read-sheet";

const SECTORS = ["ITU-R", "ITU-T", "ITU-D", "GS"];

/**
 * What an officer fills in a 2008-2011 workbook: on each Objectives sheet an X under Goal 1 (column F) for every
 * objective, and on each KPIs sheet the first KPI row of their own under every objective (D the KPI to T, the 2011
 * actual; Y the evidence). Returns the edits and the officer KPIs defined, by id.
 */
const officersFill = async (
  file: string
): Promise<{ edits: Record<string, ExcelJS.CellValue>; defined: string[] }> => {
  const wb = await readBack(file);
  const edits: Record<string, ExcelJS.CellValue> = {};
  const defined: string[] = [];
  for (const sector of SECTORS) {
    const objectives = wb.getWorksheet(`${sector} Objectives`);
    objectives?.eachRow((row, r) => {
      if (r > 1 && row.getCell(1).value) edits[`${sector} Objectives!F${r}`] = "X";
    });
    const kpis = wb.getWorksheet(`${sector} KPIs`);
    const seen = new Set<string>();
    kpis?.eachRow((row, r) => {
      const id = String(row.getCell(1).value ?? "");
      const objective = String(row.getCell(2).value ?? "");
      if (r === 1 || seen.has(objective)) return;
      seen.add(objective);
      defined.push(id);
      const at = (col: string): string => `${sector} KPIs!${col}${r}`;
      Object.assign(edits, {
        [at("D")]: `Meetings held under ${objective}`,
        [at("E")]: "Number",
        [at("F")]: "Higher is better",
        [at("G")]: "count",
        [at("H")]: 2007,
        [at("I")]: 10,
        [at("S")]: 14,
        [at("T")]: 1500,
        [at("Y")]: `${sector} activity report 2011`,
      });
    });
  }
  return { edits, defined };
};

describe("a 2008-2011 workbook, from the plan that has no KPIs and no goal links", () => {
  it("gives each objective KPI rows of the officers' own and asks for the goal links the source lacks", async () => {
    const dir = tempDir();
    const file = join(dir, "itu-2011.xlsx");
    expect(
      (await kpiReport("new", "--plan", "itu-2008-2011", "--period", "2011", "--out", file)).code
    ).toBe(0);
    const wb = await readBack(file);
    const kpis = sheetRows(wb.getWorksheet("ITU-R KPIs"));
    expect(kpis.slice(1, 4).map((row) => row.slice(0, 2))).toEqual([
      ["ITU-R.kpi.1.u1", "ITU-R.obj.1"],
      ["ITU-R.kpi.1.u2", "ITU-R.obj.1"],
      ["ITU-R.kpi.1.u3", "ITU-R.obj.1"],
    ]);
    // The officer's own KPI cells are open for entry, the plan's columns elsewhere locked.
    expect(wb.getWorksheet("ITU-R KPIs")?.getCell("D2").protection?.locked).toBe(false);

    const r = await kpiReport("validate", file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /ITU-R Objectives!A2 {2}Objective 1 \(ITU-R\.obj\.1\) is not linked to any goal, and the plan's source gives no goal links for it/
    );
    expect(r.out).toMatch(/From your plan document, put an X under each goal of the Union/);
    expect(r.out).not.toMatch(/ITU-R\.kpi\.1\.u1/);
  });

  it("is filled, validated, submitted, verified, matrixed, annexed and upgraded with the officers' own KPIs", async () => {
    const dir = tempDir();
    const file = join(dir, "itu-2011.xlsx");
    await kpiReport("new", "--plan", "itu-2008-2011", "--period", "2011", "--out", file);
    const { edits, defined } = await officersFill(file);
    await editWorkbook(file, edits);

    const validated = await kpiReport("validate", file, "--json");
    const report = JSON.parse(validated.out) as { summary: { errors: number } };
    expect(validated.code).toBe(0);
    expect(report.summary.errors).toBe(0);

    const submission = join(dir, "submission.xlsx");
    const submitted = await kpiReport(
      "submit",
      file,
      "--out",
      submission,
      "--preparer",
      "J. Smith"
    );
    expect(submitted.code).toBe(0);
    expect((await kpiReport("verify", submission)).code).toBe(0);
    // The officers' own KPI is stamped: changing its text is a change the verification names.
    const changed = join(dir, "changed.xlsx");
    await editWorkbook(submission, { "ITU-R KPIs!D2": "Meetings planned" }, changed);
    const verified = await kpiReport("verify", changed);
    expect(verified.code).toBe(1);
    expect(verified.out).toMatch(
      /ITU-R KPIs!D2 {2}ITU-R\.kpi\.1\.u1 {2}KPI: "Meetings held under ITU-R\.obj\.1" -> "Meetings planned"/
    );

    expect((await kpiReport("matrix", submission, "--out", join(dir, "matrix.xlsx"))).code).toBe(0);
    const matrix = sheetRows(
      (await readBack(join(dir, "matrix.xlsx"))).getWorksheet("Part II Matrix"),
      3
    );
    expect(matrix.filter((row) => row[1] === "X").length).toBeGreaterThan(10);

    const annex = join(dir, "annex.xlsx");
    const annexed = await kpiReport("annex", submission, "--out", annex);
    expect(annexed.code).toBe(0);
    const annexBook = await readBack(annex);
    const itur = sheetRows(annexBook.getWorksheet("ITU-R KPIs"), 3);
    expect(itur[0]).toEqual([
      "Objective",
      "Key performance indicator",
      "Target 2011",
      "Actual 2011",
      "Status 2011",
    ]);
    expect(itur[1]?.slice(1)).toEqual(["Meetings held under ITU-R.obj.1", 14, 1500, "Met"]);
    expect(annexBook.getWorksheet("ITU-R KPIs")?.getCell("D4").numFmt).toBe("#,##0");
    const summary = sheetRows(annexBook.getWorksheet("Status summary"), 3);
    expect(summary.find((row) => row[0] === "All sectors")?.slice(1)).toEqual([
      defined.length,
      0,
      0,
      0,
      defined.length,
    ]);

    const upgraded = join(dir, "upgraded.xlsx");
    const up = await kpiReport("upgrade", file, "--out", upgraded);
    expect(up.code).toBe(0);
    const again = sheetRows((await readBack(upgraded)).getWorksheet("ITU-R KPIs"));
    expect(again[1]?.slice(0, 9)).toEqual([
      "ITU-R.kpi.1.u1",
      "ITU-R.obj.1",
      "",
      "Meetings held under ITU-R.obj.1",
      "Number",
      "Higher is better",
      "count",
      2007,
      10,
    ]);
  }, 600_000);
});

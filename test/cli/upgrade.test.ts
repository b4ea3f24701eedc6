import type ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { kpiReport, newWorkbook, tempDir } from "../support/cli-harness";
import { CLEAN_VALUES } from "../support/fill";
import { makePlanFileV2 } from "../support/make-plan";
import { readBack, sheetRows } from "../support/read-sheet";

const SAMPLE = resolve(__dirname, "..", "..", "samples", "itu-2012-2015.sample.json");

/** A plan folder holding version 2.0.0 of the test plan, under the same id. */
const v2Plans = (): string => {
  const dir = join(tempDir(), "plans-v2");
  mkdirSync(dir);
  writeFileSync(join(dir, "test-2020-2023.json"), JSON.stringify(makePlanFileV2(), null, 2));
  return dir;
};

/** A table's rows by the id in its first column: header -> value, as a reader finds them. */
const rowsById = (ws: ExcelJS.Worksheet | undefined): Map<string, Record<string, unknown>> => {
  const [headers = [], ...rows] = sheetRows(ws);
  return new Map(
    rows
      .filter((row) => typeof row[0] === "string" && row[0].includes("."))
      .map((row) => [String(row[0]), Object.fromEntries(headers.map((h, i) => [h, row[i]]))])
  );
};

const everySheet = (wb: ExcelJS.Workbook): Record<string, unknown> =>
  Object.fromEntries(wb.worksheets.map((ws) => [ws.name, sheetRows(ws)]));

/** A v1 workbook filled with the clean values, plus a sheet and a note of the officer's own. */
const filledV1 = async (): Promise<{ dir: string; file: string; plans: string }> => {
  const { dir, file, plans } = await newWorkbook(CLEAN_VALUES);
  const wb = await readBack(file);
  const own = wb.addWorksheet("My notes");
  own.getCell("B2").value = "Ask R. about 2022";
  own.getCell("B2").font = { bold: true };
  wb.getWorksheet("A KPIs")!.getCell("A9").value = "Checked by the director";
  await wb.xlsx.writeFile(file);
  return { dir, file, plans };
};

describe("kpi-report upgrade", () => {
  it("carries every value of a v1 workbook to plan v2 by KPI id, and lists what v2 has no place for", async () => {
    const { dir, file } = await filledV1();
    const plans = v2Plans();
    const out = join(dir, "v2.xlsx");
    const r = await kpiReport("--plans-dir", plans, "upgrade", file, "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    expect(r.out.split("\n")).toEqual([
      `Wrote ${out}: ${file} rebuilt from plan test-2020-2023 version 2.0.0 (it was made from version 1.0.0), reporting year 2021, sectors A, B`,
      // 33 KPI entries of the five KPIs kept, 4 link marks, the officer's note beneath the KPI table, and the
      // Objective ID of B's three rows for KPIs of the officers' own
      "  carried 41 values, each to the same id and column",
      "  11 values not placed, listed on sheet 'Not placed':",
      '  A Outputs!B3 A.out.2 / Output: "Publications": A.out.2 is not in plan test-2020-2023 version 2.0.0',
      '  A Outputs!D3 A.out.2 / Objective 1: "X": A.out.2 is not in plan test-2020-2023 version 2.0.0',
      '  A Outputs!E3 A.out.2 / Objective 2: "X": A.out.2 is not in plan test-2020-2023 version 2.0.0',
      '  A KPIs!B7 A.kpi.2.3 / Objective ID: "A.obj.2": A.kpi.2.3 is not in plan test-2020-2023 version 2.0.0',
      '  A KPIs!D7 A.kpi.2.3 / KPI: "Recognition": A.kpi.2.3 is not in plan test-2020-2023 version 2.0.0',
      '  A KPIs!E7 A.kpi.2.3 / Measure: "Qualitative": A.kpi.2.3 is not in plan test-2020-2023 version 2.0.0',
      '  A KPIs!F7 A.kpi.2.3 / Direction: "Higher is better": A.kpi.2.3 is not in plan test-2020-2023 version 2.0.0',
      '  A KPIs!M7 A.kpi.2.3 / Target 2021: "Wider recognition": A.kpi.2.3 is not in plan test-2020-2023 version 2.0.0',
      '  A KPIs!N7 A.kpi.2.3 / Actual 2021: "Cited by three ministers": A.kpi.2.3 is not in plan test-2020-2023 version 2.0.0',
      '  A KPIs!O7 A.kpi.2.3 / Assessment 2021: "Partly achieved": A.kpi.2.3 is not in plan test-2020-2023 version 2.0.0',
      '  A Resources!B3 A.out.2 / Output: "Publications": A.out.2 is not in plan test-2020-2023 version 2.0.0',
    ]);

    const after = await readBack(out);
    const kpis = rowsById(after.getWorksheet("A KPIs"));
    for (const [id, entry] of Object.entries(CLEAN_VALUES.entries)) {
      if (id === "A.kpi.2.3") continue;
      const row = kpis.get(id);
      const e = entry as Record<string, unknown> & {
        targets: Record<string, unknown>;
        actuals: Record<string, unknown>;
      };
      expect(row?.["Baseline year"]).toBe(e.baselineYear ?? "");
      expect(row?.["Baseline"]).toBe(e.baseline ?? "");
      for (const year of ["2020", "2021"]) {
        expect(row?.[`Target ${year}`]).toBe(e.targets[year] ?? "");
        expect(row?.[`Actual ${year}`]).toBe(e.actuals[year] ?? "");
      }
      expect(row?.["Evidence / comment"]).toBe(e.evidence ?? "");
    }
    expect([...kpis.keys()]).toEqual([
      "A.kpi.1.1",
      "A.kpi.1.2",
      "A.kpi.1.3",
      "A.kpi.1.4",
      "A.kpi.2.1",
      "A.kpi.2.2",
      "A.kpi.2.4",
    ]);
    expect(kpis.get("A.kpi.1.1")?.["KPI"]).toBe("Number of participants, in person and online");
    expect(kpis.get("A.kpi.1.4")).toMatchObject({
      Baseline: "",
      "Target 2021": "",
      "Actual 2021": "",
    });
    expect([...rowsById(after.getWorksheet("A Outputs")).keys()]).toEqual(["A.out.1"]);
    // The table grew by one row, so the note beneath it moved down one row.
    expect(after.getWorksheet("A KPIs")?.getCell("A10").value).toBe("Checked by the director");
    expect(after.getWorksheet("A KPIs")?.getCell("A9").value).toBe(null);
    const own = after.getWorksheet("My notes");
    expect(own?.getCell("B2").value).toBe("Ask R. about 2022");
    expect(own?.getCell("B2").font?.bold).toBe(true);
    const notPlaced = sheetRows(after.getWorksheet("Not placed"));
    expect(notPlaced[0]).toEqual([
      "Upgraded at",
      "To plan",
      "Sheet",
      "Cell",
      "Row ID",
      "Column",
      "Value",
      "Why",
    ]);
    expect(notPlaced.slice(1, 10).map((row) => row.slice(2, 7))).toContainEqual([
      "A KPIs",
      "N7",
      "A.kpi.2.3",
      "Actual 2021",
      "Cited by three ministers",
    ]);
    expect(notPlaced.slice(1, 10).map((row) => row.slice(2, 7))).toContainEqual([
      "A Outputs",
      "E3",
      "A.out.2",
      "Objective 2",
      "X",
    ]);
    expect(after.worksheets.map((ws) => ws.name)).toEqual([
      "Instructions",
      "Goals",
      "A Objectives",
      "A Outputs",
      "A Results",
      "A KPIs",
      "A Resources",
      "A Objective Resources",
      "B Objectives",
      "B Outputs",
      "B KPIs",
      "B Resources",
      "B Objective Resources",
      "Resources by Sector",
      "Resources by Goal",
      "_kpi_meta",
      "My notes",
      "Not placed",
    ]);
    // The file given is never changed by --out.
    expect(rowsById((await readBack(file)).getWorksheet("A KPIs")).has("A.kpi.2.3")).toBe(true);
  });

  it("changes nothing when run again on its own result, and keeps the list of what was not placed", async () => {
    const { dir, file } = await filledV1();
    const plans = v2Plans();
    const out = join(dir, "v2.xlsx");
    expect((await kpiReport("--plans-dir", plans, "upgrade", file, "--out", out)).code).toBe(1);
    const once = everySheet(await readBack(out));
    const again = await kpiReport("--plans-dir", plans, "upgrade", out, "--in-place");
    expect(again).toMatchObject({ code: 0, err: "" });
    expect(again.out.split("\n").slice(1)).toEqual([
      // the 41 of the first run, and the Objective ID cells the plan wrote for its two new KPIs
      "  carried 43 values, each to the same id and column",
      "  every value has its place",
    ]);
    expect(everySheet(await readBack(out))).toEqual(once);
  });

  it("keeps the 2012-2015 demo sample cell for cell when the plan has not changed", async () => {
    const dir = tempDir();
    const file = join(dir, "sample.xlsx");
    const made = await kpiReport(
      "new",
      "--plan",
      "itu-2012-2015",
      "--period",
      "2013",
      "--values",
      SAMPLE,
      "--out",
      file
    );
    expect(made.code).toBe(0);
    const before = everySheet(await readBack(file));
    const r = await kpiReport("upgrade", file, "--in-place");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("every value has its place");
    expect(everySheet(await readBack(file))).toEqual(before);
  });

  it("upgrades to another plan file named with --plan", async () => {
    const { dir, file } = await filledV1();
    const plans = v2Plans();
    const v2 = { ...makePlanFileV2(), id: "test-2020-2023-corrected" };
    writeFileSync(join(plans, "test-2020-2023-corrected.json"), JSON.stringify(v2));
    const out = join(dir, "corrected.xlsx");
    const r = await kpiReport(
      "--plans-dir",
      plans,
      "upgrade",
      file,
      "--plan",
      "test-2020-2023-corrected",
      "--out",
      out
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain("rebuilt from plan test-2020-2023-corrected version 2.0.0");
    const meta = sheetRows((await readBack(out)).getWorksheet("_kpi_meta"));
    expect(meta).toContainEqual(["planId", "test-2020-2023-corrected"]);
  });

  it("refuses what it cannot use: no place to write, an existing --out, a file that is no reporting workbook", async () => {
    const { dir, file, plans } = await filledV1();
    const bytes = readFileSync(file);
    const neither = await kpiReport("--plans-dir", plans, "upgrade", file);
    expect(neither.code).toBe(2);
    expect(neither.err).toBe(
      `kpi-report: ${file}: say where the upgraded workbook goes: --out <copy.xlsx> for a copy, or --in-place to rewrite the workbook`
    );
    const taken = join(dir, "taken.xlsx");
    writeFileSync(taken, "mine");
    const exists = await kpiReport("--plans-dir", plans, "upgrade", file, "--out", taken);
    expect(exists.code).toBe(2);
    expect(exists.err).toBe(`kpi-report: ${taken} already exists; use --force to replace it`);
    expect(readFileSync(taken, "utf8")).toBe("mine");
    const notOurs = await kpiReport("--plans-dir", plans, "upgrade", taken, "--in-place");
    expect(notOurs.code).toBe(2);
    expect(notOurs.err).toBe(
      `kpi-report: ${taken}: is not an .xlsx workbook (it is not a zip file)`
    );
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

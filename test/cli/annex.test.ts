import ExcelJS from "exceljs";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kpiReport, tempDir } from "../support/cli-harness";
import { editWorkbook } from "../support/fill";
import { readBack, sheetRows } from "../support/read-sheet";
import { SEED_2012_2015 } from "../fixtures/seed-tables";

/** The rows of an annex table: its grid starts on row 3, under the title and subtitle. */
const tableRows = (wb: ExcelJS.Workbook, sheet: string) => sheetRows(wb.getWorksheet(sheet), 3);

describe("kpi-report annex", () => {
  let dir: string;
  let workbook: string;
  let annex: ExcelJS.Workbook;
  let printed: string;

  beforeAll(async () => {
    dir = tempDir();
    workbook = join(dir, "itu-2013.xlsx");
    const made = await kpiReport(
      "new",
      "--plan",
      "itu-2012-2015",
      "--period",
      "2013",
      "--out",
      workbook
    );
    expect(made.code).toBe(0);
    const out = join(dir, "annex.xlsx");
    // An unedited workbook has no actuals (validation errors): its annex is a draft, marked as such.
    const r = await kpiReport("annex", workbook, "--out", out, "--draft");
    expect(r).toMatchObject({ code: 0, err: "" });
    printed = r.out;
    annex = await readBack(out);
  });

  it("says which file it wrote, with which tables, and the status counts", () => {
    expect(printed.split("\n")).toEqual([
      `Wrote ${join(dir, "annex.xlsx")}: a DRAFT (validation found 92 errors; every sheet says DRAFT, not validated), plan itu-2012-2015, reporting year 2013, 13 sheets ` +
        "(Status summary, Annex resources by goal, Budget execution, Table 4.1, Table 4.2, Table 5.1, Table 5.2, Table 6.1, Table 6.2, Table 7.1, Table 7.2, Table 8.1, Notes)",
      "92 KPIs: 0 met, 0 on track, 0 off track, 92 not assessable",
    ]);
  });

  it.each(Object.entries(SEED_2012_2015.outputTables))(
    "reproduces %s's Table X.1 from an unedited workbook, cell for cell, titled as the plan",
    (_sector, seed) => {
      const ws = annex.getWorksheet(`Table ${seed.number}`);
      expect(ws?.getCell("A1").value).toBe(
        `DRAFT, not validated: Table ${seed.number} - ${seed.title}`
      );
      expect(tableRows(annex, `Table ${seed.number}`)).toEqual(seed.rows);
    }
  );

  it("reproduces Table 8.1 from an unedited workbook, cell for cell", () => {
    const seed = SEED_2012_2015.goalTable;
    expect(annex.getWorksheet("Table 8.1")?.getCell("A1").value).toBe(
      `DRAFT, not validated: Table 8.1 - ${seed.title}`
    );
    expect(tableRows(annex, "Table 8.1")).toEqual(seed.rows);
  });

  it("carries Table X.2 in the source's wording, with this year's target, actual and status", () => {
    const rows = tableRows(annex, "Table 4.2");
    expect(rows[0]).toEqual([
      "Objectives",
      "Outputs",
      "Expected results",
      "Key performance indicators",
      "Target 2013",
      "Actual 2013",
      "Status 2013",
    ]);
    expect(rows[1]).toEqual([
      "Objective 1: Coordinating... To promote, foster and ensure cooperation and coordination among all Member States in decision-making on radiocommunication issues, with the participation of Sector Members and Associates, as appropriate",
      // The objective's outputs and expected results as the source's cells list them, a bulleted item a line.
      "• World Radiocommunication Conference\n• Regional radiocommunication conference\n• Radio Regulations Board\n• Radiocommunication Assembly\n• Radiocommunication Advisory Group",
      "• To prepare, organize and provide appropriate and efficient support to:\n• World radiocommunication conferences\n• Regional radiocommunication conferences, if any\n• Radio Regulations Board\n• Radiocommunication assemblies\n• Radiocommunication Advisory Group\n• Participation in meetings organized by various regional telecommunication organizations to assist in detailed preparations and coordination between regions",
      "Timely preparation and actions before and during the conferences and meetings; satisfaction of delegations",
      "",
      "",
      "Not assessable",
    ]);
    expect(rows.slice(1).filter((r) => r[3] !== "")).toHaveLength(11);
  });

  it("is print-ready: landscape, one page wide, title and header repeated, ruled cells, no merges, a footer", () => {
    for (const ws of annex.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        // Resources by goal: two tables on one page, so no header stands above the other table's rows.
        fitToHeight: ws.name === "Annex resources by goal" ? 1 : 0,
        printTitlesRow: "1:3",
      });
      expect(ws.headerFooter.oddFooter).toBe(
        "&LDRAFT, not validated - Strategic plan for the Union for 2012-2015 - reporting year 2013 - generated 2021-06-30&RPage &P of &N"
      );
      expect((ws.model as { merges?: string[] }).merges ?? []).toEqual([]);
      expect(ws.getCell("B3").border?.bottom?.style).toBe("thin");
      expect(ws.getCell("A4").alignment?.wrapText).toBe(true);
    }
  });

  it("shows status counts per sector, then per objective, each block with data bars scaled within it", () => {
    const ws = annex.getWorksheet("Status summary");
    const rows = sheetRows(ws, 3);
    expect(rows[0]).toEqual(["Sector", "Met", "On track", "Off track", "Not assessable", "KPIs"]);
    expect(rows.slice(1, 6).map((r) => r[0])).toEqual([
      "ITU-R",
      "ITU-T",
      "ITU-D",
      "GS",
      "All sectors",
    ]);
    expect(rows[5]).toEqual(["All sectors", 0, 0, 0, 92, 92]);
    // Then, under "By objective", each sector heads its objectives, labelled the same way in every sector.
    expect(ws?.getCell("A10").value).toBe("By objective");
    const byObjective = sheetRows(ws, 11);
    expect(byObjective[0]?.[0]).toBe("Sector / objective");
    expect(byObjective.slice(1, 3).map((r) => r[0])).toEqual([
      "ITU-R",
      "Objective 1: To promote, foster and ensure cooperation and coordination…",
    ]);
    expect(
      byObjective.find((r) => String(r[0]).startsWith("Objective 1: Coordinating"))
    ).toBeUndefined();
    const formats = (
      ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }
    ).conditionalFormattings;
    expect(formats.every((f) => f.rules[0]?.type === "dataBar")).toBe(true);
    expect(formats.map((f) => f.ref)).toEqual([
      ...["B", "C", "D", "E"].map((c) => `${c}4:${c}7`),
      ...["B", "C", "D", "E"].map((c) => `${c}13:${c}17`),
      ...["B", "C", "D", "E"].map((c) => `${c}19:${c}22`),
      ...["B", "C", "D", "E"].map((c) => `${c}24:${c}29`),
      ...["B", "C", "D", "E"].map((c) => `${c}31:${c}36`),
    ]);
  });

  it("follows an officer's edited link into Table X.1 and Table 8.1", async () => {
    const edited = join(dir, "edited.xlsx");
    // ITU-R Outputs: row 2 is the World Radiocommunication Conference, column E its Objective 2.
    // ITU-R Objectives: row 2 is Objective 1, column I its Goal GS.
    await editWorkbook(workbook, { "ITU-R Outputs!E2": "X", "ITU-R Objectives!I2": "X" }, edited);
    const out = join(dir, "edited-annex.xlsx");
    expect((await kpiReport("annex", edited, "--out", out, "--draft")).code).toBe(0);
    const wb = await readBack(out);
    expect(tableRows(wb, "Table 4.1")[1]).toEqual([
      "World Radiocommunication Conference",
      "X",
      "X",
      "",
      "",
      "",
    ]);
    expect(tableRows(wb, "Table 8.1")[2]).toEqual(["Objective 1", "X", "", "", "X"]);
  });

  it("refuses to replace an existing file without --force, and replaces it with", async () => {
    const out = join(dir, "exists.xlsx");
    writeFileSync(out, "keep me");
    const refused = await kpiReport("annex", workbook, "--out", out, "--draft");
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`kpi-report: ${out} already exists; use --force to replace it`);
    expect((await kpiReport("annex", workbook, "--out", out, "--force", "--draft")).code).toBe(0);
  });

  it("writes no annex from a workbook with validation errors without --draft: lists them, exit 1", async () => {
    const out = join(dir, "refused-annex.xlsx");
    const r = await kpiReport("annex", workbook, "--out", out);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/actual-missing/);
    expect(r.err).toBe(
      `kpi-report: ${workbook}: no annex: validation found 92 errors (listed above); fix them, or write a draft marked as such with --draft. Nothing was written.`
    );
    expect(existsSync(out)).toBe(false);
  });

  it("names a file that is not a reporting workbook in one line, exit code 2", async () => {
    const notText = join(dir, "notes.txt");
    writeFileSync(notText, "not a workbook");
    const r = await kpiReport("annex", notText, "--out", join(dir, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`kpi-report: ${notText}: is not an .xlsx workbook (it is not a zip file)`);

    // A workbook of someone else's: no metadata, and none of our tables to recognise it by.
    const plain = join(dir, "plain.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").getCell("A1").value = "Travel";
    await wb.xlsx.writeFile(plain);
    const other = await kpiReport("annex", plain, "--out", join(dir, "y.xlsx"));
    expect(other.code).toBe(2);
    expect(other.err.split("\n")).toHaveLength(1);
    expect(other.err).toMatch(new RegExp(`^kpi-report: ${plain}: `));
  });
});

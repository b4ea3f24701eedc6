import { withoutPseudoMessages } from "../support/pseudo-text";
import ExcelJS from "exceljs";
import { existsSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { run } from "../../src/cli/main";
import { CliOutcome, kpiReport, planDir, tempDir } from "../support/cli-harness";
import { CLEAN_VALUES, editWorkbook } from "../support/fill";
import { makePlanFile } from "../support/make-plan";

const CORRECTED = resolve(__dirname, "..", "..", "samples", "itu-2012-2015.corrected.json");

const readBack = async (file: string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
};
/**
 * A sheet's cells by row and column, a formula as its text however the file stores it (once per column as a shared
 * formula, or on every row): two workbooks that compute the same are the same.
 */
const sheetValues = (ws: ExcelJS.Worksheet): string =>
  JSON.stringify(
    ws
      .getSheetValues()
      .map((row, r) =>
        Array.isArray(row)
          ? row.map((value, c) =>
              value !== null &&
              typeof value === "object" &&
              ("formula" in value || "sharedFormula" in value)
                ? { formula: ws.getCell(r, c).formula }
                : value
            )
          : row
      )
  );

/** kpi-report at a given time: stamps made at different times tell which submission is newer. */
const kpiReportAt = async (time: string, ...argv: string[]): Promise<CliOutcome> => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    argv,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    () => new Date(time)
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
};

/** Marks a link that the plan does not have: the first empty cell under Objective 2 on ITU-R Outputs. */
const addLinkMark = async (file: string): Promise<Record<string, string>> => {
  const ws = (await readBack(file)).getWorksheet("ITU-R Outputs");
  let address = "";
  ws?.getColumn(5).eachCell((cell, row) => {
    if (!address && row > 1 && cell.value === null) address = cell.address;
  });
  if (!address) throw new Error("no empty link cell");
  const edit = { [`ITU-R Outputs!${address}`]: "X" };
  await editWorkbook(file, edit);
  return edit;
};

describe("kpi-report consolidate, on the 2012-2015 plan", () => {
  it("merges four sector submissions into the workbook made for all sectors at once, cell for cell", async () => {
    const dir = tempDir();
    const sectors = ["ITU-R", "ITU-T", "ITU-D", "GS"];
    const submissions: string[] = [];
    let linkEdit: Record<string, string> = {};
    for (const sector of sectors) {
      const file = join(dir, `${sector}.xlsx`);
      const made = await kpiReport(
        "new",
        "--plan",
        "itu-2012-2015",
        "--sector",
        sector,
        "--period",
        "2013",
        "--values",
        CORRECTED,
        "--out",
        file
      );
      expect(made.code).toBe(0);
      // An officer's own link mark, which the consolidated workbook must keep (made the same in all.xlsx below).
      if (sector === "ITU-R") linkEdit = await addLinkMark(file);
      const submission = join(dir, `${sector}-submission.xlsx`);
      const submitted = await kpiReport(
        "submit",
        file,
        "--out",
        submission,
        "--preparer",
        `${sector} officer`
      );
      expect(submitted.err).toBe("");
      expect(submitted.code).toBe(0);
      submissions.push(submission);
    }
    const all = join(dir, "all.xlsx");
    expect(
      (
        await kpiReport(
          "new",
          "--plan",
          "itu-2012-2015",
          "--period",
          "2013",
          "--values",
          CORRECTED,
          "--out",
          all
        )
      ).code
    ).toBe(0);

    await editWorkbook(all, linkEdit);
    const council = join(dir, "council.xlsx");
    const r = await kpiReport("consolidate", ...[...submissions].reverse(), "--out", council);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual([
      `Wrote ${council}: plan itu-2012-2015, reporting year 2013, sectors ITU-R, ITU-T, ITU-D, GS`,
      ...sectors.map((s, i) => `  ${s.padEnd(8)}from ${submissions[i]}`),
      expect.stringMatching(
        /^ {2}stamped: SHA-256 [0-9a-f]{64} over [\d,]+ cells \(kpi-report verify checks it\)$/
      ),
    ]);

    const expected = await readBack(all);
    const got = await readBack(council);
    // Every sheet of the all-sector workbook (goals, links, Table X.2, KPI tables, metadata), cell for cell.
    for (const ws of expected.worksheets) {
      const other = got.getWorksheet(ws.name);
      expect([ws.name, other ? sheetValues(other) : "missing"]).toEqual([ws.name, sheetValues(ws)]);
    }
    // The Part II matrix and the annex tables, equal to what matrix and annex make of the all-sector workbook.
    const annex = join(dir, "annex.xlsx");
    const withMatrix = join(dir, "all-matrix.xlsx");
    expect((await kpiReport("annex", all, "--out", annex)).code).toBe(0);
    expect((await kpiReport("matrix", all, "--out", withMatrix)).code).toBe(0);
    const derived = [
      ...(await readBack(withMatrix)).worksheets.filter((ws) => !expected.getWorksheet(ws.name)),
      ...(await readBack(annex)).worksheets,
    ];
    expect(derived.map((ws) => ws.name)).toEqual([
      "Part II Matrix",
      "Outputs by Goal",
      "Part II Matrix, Amounts",
      "Outputs by Goal, Amounts",
      "Status summary",
      "Annex resources by goal",
      "Budget execution",
      ...["4", "5", "6", "7"].flatMap((n) => [`Table ${n}.1`, `Table ${n}.2`]),
      "Table 8.1",
      "Notes",
    ]);
    for (const ws of derived) {
      const other = got.getWorksheet(ws.name);
      expect([ws.name, other ? sheetValues(other) : "missing"]).toEqual([ws.name, sheetValues(ws)]);
    }
    expect(got.worksheets.map((ws) => ws.name)).toEqual([
      "Instructions",
      "Consolidation",
      ...expected.worksheets.map((ws) => ws.name).slice(1, -1),
      ...derived.map((ws) => ws.name),
      "_kpi_meta",
      "Submission",
      "_kpi_stamp",
    ]);
    const consolidation = got.getWorksheet("Consolidation");
    const rows = [2, 3, 4, 5].map((n) =>
      [1, 3, 6].map((c) => consolidation?.getRow(n).getCell(c).value)
    );
    expect(rows).toEqual(
      sectors.map((s) => [s, `${s} officer`, "verified: unchanged since stamped"])
    );
    // The consolidated workbook passes validation as the all-sector one does, and carries its own stamp.
    expect((await kpiReport("validate", council)).code).toBe(0);
    const verified = await kpiReport("verify", council);
    expect(verified.out.split("\n")[0]).toBe(
      `${council}: unchanged since it was stamped 2021-06-30T12:00:00.000Z (plan itu-2012-2015, reporting year 2013, sectors ITU-R, ITU-T, ITU-D, GS)`
    );
    expect(verified.code).toBe(0);
  });
});

describe("kpi-report consolidate refuses", () => {
  const setup = async (): Promise<{
    dir: string;
    run: (...argv: string[]) => Promise<CliOutcome>;
    runAt: (time: string, ...argv: string[]) => Promise<CliOutcome>;
    submission: (
      name: string,
      options?: { plan?: string; period?: string; sector?: string; time?: string }
    ) => Promise<string>;
  }> => {
    const dir = tempDir();
    const plans = planDir({
      "other-2020-2023.json": JSON.stringify(makePlanFile({ id: "other-2020-2023" })),
    });
    const runAt = (time: string, ...argv: string[]): Promise<CliOutcome> =>
      kpiReportAt(time, "--plans-dir", plans, ...argv);
    const submission = async (
      name: string,
      { plan = "test-2020-2023", period = "2021", sector = "A", time = "2021-06-30T12:00:00Z" } = {}
    ): Promise<string> => {
      // Values for the reporting year: the clean 2021 values, carried to 2022 where that is the year.
      const entries = Object.fromEntries(
        Object.entries(CLEAN_VALUES.entries).map(([id, e]) => [
          id,
          {
            ...e,
            targets: { ...e.targets, [period]: e.targets["2021"] },
            actuals: { ...e.actuals, [period]: e.actuals["2021"] },
          },
        ])
      );
      const values = join(dir, `${name}.json`);
      writeFileSync(values, JSON.stringify({ plan, entries }));
      const file = join(dir, `${name}-draft.xlsx`);
      const made = await runAt(
        time,
        "new",
        "--plan",
        plan,
        "--sector",
        sector,
        "--period",
        period,
        "--values",
        values,
        "--out",
        file
      );
      expect(made.code).toBe(0);
      const out = join(dir, `${name}.xlsx`);
      const submitted = await runAt(time, "submit", file, "--out", out, "--preparer", "A. Officer");
      expect(submitted.err).toBe("");
      return out;
    };
    return { dir, run: (...argv) => runAt("2021-07-15T08:00:00Z", ...argv), runAt, submission };
  };

  it("submissions of different plans (exit 1, nothing written)", async () => {
    const { dir, run, submission } = await setup();
    const a = await submission("a");
    const other = await submission("other", { plan: "other-2020-2023" });
    const out = join(dir, "council.xlsx");
    const r = await run("consolidate", a, other, "--out", out);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toEqual([
      `kpi-report: ${other}: is a submission for plan other-2020-2023, but ${a} is for plan test-2020-2023; consolidate submissions of one plan`,
      "kpi-report: Nothing was written.",
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it("submissions of different reporting years", async () => {
    const { dir, run, submission } = await setup();
    const a = await submission("a");
    const later = await submission("a-2022", { period: "2022" });
    const r = await run("consolidate", a, later, "--out", join(dir, "council.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err.split("\n")[0]).toBe(
      `kpi-report: ${later}: reports on 2022, but ${a} on 2021; consolidate submissions of one reporting year`
    );
  });

  it("two submissions for one sector, unless told to prefer the newer", async () => {
    const { dir, run, submission } = await setup();
    const first = await submission("first", { time: "2021-07-01T09:00:00Z" });
    const second = await submission("second", { time: "2021-07-02T09:00:00Z" });
    const b = await submission("b", { sector: "B" }).catch(() => "");
    const out = join(dir, "council.xlsx");
    const refused = await run("consolidate", second, first, "--out", out);
    expect(refused.code).toBe(1);
    expect(refused.err.split("\n")[0]).toBe(
      `kpi-report: sector A is in ${second} and ${first}; send one submission per sector (--prefer newer keeps the one stamped last)`
    );
    expect(existsSync(out)).toBe(false);
    expect(b).toBe(""); // sector B alone fails validation (its objective has no goal), so it is never stamped

    const r = await run("consolidate", first, second, "--prefer", "newer", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out.split("\n").slice(1, 3)).toEqual([
      `  A       from ${second}`,
      `  A       not from ${first}: ${basename(second)} was stamped later (2021-07-02T09:00:00.000Z)`,
    ]);
    expect((await run("consolidate", first, second, "--prefer", "older", "--out", out)).code).toBe(
      2
    );
  });

  it("a file changed after stamping, unless allowed, and then marks its sector", async () => {
    const { dir, run, submission } = await setup();
    const a = await submission("a");
    await editWorkbook(a, { "A KPIs!N2": 130 });
    const out = join(dir, "council.xlsx");
    const refused = await run("consolidate", a, "--out", out);
    expect(refused.code).toBe(1);
    expect(refused.err.split("\n")[0]).toBe(
      `kpi-report: ${a}: changed since it was stamped (1 cell; kpi-report verify names them) (--allow-unverified includes it, marked as not verified)`
    );
    expect(existsSync(out)).toBe(false);

    const r = await run("consolidate", a, "--allow-unverified", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[1]).toBe(
      `  A       from ${a}  NOT VERIFIED (changed after stamping), marked in the workbook`
    );
    const wb = await readBack(out);
    expect(wb.getWorksheet("A KPIs")?.getCell("N2").value).toBe(130);
    expect(wb.getWorksheet("Consolidation")?.getCell("F2").value).toBe(
      "NOT VERIFIED: changed after stamping"
    );
    expect(wb.getWorksheet("Consolidation")?.getCell("A4").value).toMatch(
      /^Sectors A come from submissions that did NOT verify/
    );
    const stampSheet = wb.getWorksheet("Submission");
    const unverifiedRow = [...Array(30).keys()].find(
      (n) => stampSheet?.getCell(`A${n + 1}`).value === "unverifiedSectors"
    );
    expect(stampSheet?.getCell(`B${(unverifiedRow ?? 0) + 1}`).value).toBe("A");
    expect(
      ["A Objectives", "A Outputs", "A Results", "A KPIs"].map(
        (n) => wb.getWorksheet(n)?.properties.tabColor?.argb
      )
    ).toEqual(["FFC00000", "FFC00000", "FFC00000", "FFC00000"]);
  });

  it("a workbook that was never stamped, and a file that is no workbook (exit 2)", async () => {
    const { dir, run, submission } = await setup();
    const a = await submission("a");
    const draft = join(dir, "a-draft.xlsx");
    const unstamped = await run("consolidate", draft, "--out", join(dir, "c.xlsx"));
    expect(unstamped.code).toBe(1);
    expect(unstamped.err.split("\n")[0]).toBe(
      `kpi-report: ${draft}: has no submission stamp (no Submission sheet with table KPI_Submission); stamp it with kpi-report submit (--allow-unverified includes it, marked as not verified)`
    );
    const junk = join(dir, "junk.xlsx");
    writeFileSync(junk, "PK but not really");
    const broken = await run("consolidate", a, junk, "--out", join(dir, "c.xlsx"));
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(
      new RegExp(`^kpi-report: ${junk.replace(/[.]/g, "\\.")}: is not a readable .xlsx workbook`)
    );
    const twice = await run("consolidate", a, a, "--out", join(dir, "c.xlsx"));
    expect(twice.code).toBe(2);
    expect(twice.err).toBe(`kpi-report: ${a}: is given twice; give each submission once`);
  });

  it("in the run's language: every line from the catalogs in the pseudo-locale, the same files in French", async () => {
    const { dir, run, submission } = await setup();
    const a = await submission("a", { time: "2021-07-01T09:00:00Z" });
    const again = await submission("again", { time: "2021-07-02T09:00:00Z" });
    const other = await submission("other", { plan: "other-2020-2023" });
    const draft = join(dir, "a-draft.xlsx");
    /** A line with every pseudo-localised message taken out (nested ones too): what was not in a catalog. */
    const unlocalised = (line: string): string => {
      let rest = line.replace(/^kpi-report: /, "");
      rest = withoutPseudoMessages(rest);
      return rest.trim();
    };
    for (const files of [[a, other], [again, a], [draft]]) {
      const out = join(dir, "council.xlsx");
      const english = await run("consolidate", ...files, "--out", out);
      const pseudo = await run("--lang", "qps-ploc", "consolidate", ...files, "--out", out);
      const french = await run("--lang", "fr", "consolidate", ...files, "--out", out);
      expect([english.code, pseudo.code, french.code]).toEqual([1, 1, 1]);
      const lines = pseudo.err.split("\n");
      expect(lines.map(unlocalised)).toEqual(lines.map(() => ""));
      expect(french.err.split("\n")).toHaveLength(english.err.split("\n").length);
      expect(french.err).not.toBe(english.err);
      for (const file of files) expect(french.err.split("\n")[0]).toContain(file);
      expect(existsSync(out)).toBe(false);
    }
  });
});

import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kpiReport, planDir, tempDir } from "../support/cli-harness";
import { CLEAN_VALUES, editWorkbook } from "../support/fill";

const setup = async (
  sectors = "A"
): Promise<{ dir: string; plans: string; file: string; run: typeof kpiReport }> => {
  const dir = tempDir();
  const plans = planDir();
  const values = join(dir, "values.json");
  writeFileSync(values, JSON.stringify(CLEAN_VALUES));
  const file = join(dir, "report.xlsx");
  const run = (...argv: string[]): ReturnType<typeof kpiReport> =>
    kpiReport("--plans-dir", plans, ...argv);
  const made = await run(
    "new",
    "--plan",
    "test-2020-2023",
    "--sector",
    sectors,
    "--period",
    "2021",
    "--values",
    values,
    "--out",
    file
  );
  expect(made.code).toBe(0);
  return { dir, plans, file, run };
};

const readBack = async (file: string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
};

/** The Submission sheet's key/value rows, as any spreadsheet reader sees them. */
const stampFields = (wb: ExcelJS.Workbook): Map<string, unknown> => {
  const ws = wb.getWorksheet("Submission");
  if (!ws) throw new Error("no Submission sheet");
  const fields = new Map<string, unknown>();
  ws.eachRow((row, n) => {
    if (n > 1 && typeof row.getCell(1).value === "string")
      fields.set(row.getCell(1).value as string, row.getCell(2).value);
  });
  return fields;
};

describe("kpi-report submit", () => {
  it("refuses a workbook with validation errors, shows them, and writes nothing", async () => {
    const { dir, file, run } = await setup("A,B");
    const out = join(dir, "submission.xlsx");
    const r = await run("submit", file, "--out", out, "--preparer", "A. Officer");
    expect(r.code).toBe(1);
    expect(r.out).toContain("1 error, 1 warning, 0 info (errors block submission)");
    expect(r.out).toContain("B Objectives!A2");
    expect(r.err).toBe(
      `kpi-report: ${file}: not submitted: validation found 1 error (listed above); fix them and submit again. Nothing was written.`
    );
    expect(existsSync(out)).toBe(false);
  });

  it("lists a refused workbook's errors and only counts its warnings", async () => {
    const { dir, file, run } = await setup("A,B");
    const r = await run("submit", file, "--out", join(dir, "s.xlsx"), "--preparer", "A. Officer");
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    expect(lines).toContain("  Errors (1)");
    expect(lines.some((l) => l.startsWith("  Warnings"))).toBe(false);
    expect(lines.at(-1)).toBe(
      "1 warning and 0 info not listed here (validate lists every finding)"
    );
  });

  it.each([
    [[], /required option '--preparer <name>' not specified/],
    [["--preparer", "   "], /give the preparer's name/],
  ])("requires the preparer's name (%j), and writes nothing without it", async (args, message) => {
    const { dir, file, run } = await setup();
    const out = join(dir, "submission.xlsx");
    const r = await run("submit", file, "--out", out, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("writes a stamped copy: the workbook as it was, plus a readable Submission sheet", async () => {
    const { dir, file, run } = await setup();
    const before = readFileSync(file);
    const out = join(dir, "submission.xlsx");
    const r = await run("submit", file, "--out", out, "--preparer", "A. Officer");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe(
      `Wrote ${out}: ${file} stamped for submission (plan test-2020-2023, reporting year 2021, sectors A)`
    );
    expect(readFileSync(file)).toEqual(before);

    const wb = await readBack(out);
    expect(wb.getWorksheet("A KPIs")?.getCell("N2").value).toBe(121);
    const ws = wb.getWorksheet("Submission");
    expect(ws?.state).toBe("visible");
    expect(
      (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet
    ).toBe(true);
    expect(wb.getWorksheet("_kpi_stamp")?.state).toBe("veryHidden");
    const fields = stampFields(wb);
    expect(
      Object.fromEntries(
        [
          "format",
          "planId",
          "planVersion",
          "formatVersion",
          "sectors",
          "period",
          "preparer",
          "stampedAt",
          "errors",
          "warnings",
          "hashAlgorithm",
        ].map((k) => [k, fields.get(k)])
      )
    ).toEqual({
      format: "kpi-reporter-submission",
      planId: "test-2020-2023",
      planVersion: "1.0.0",
      formatVersion: 1,
      sectors: "A",
      period: 2021,
      preparer: "A. Officer",
      stampedAt: "2021-06-30T12:00:00.000Z",
      errors: 0,
      warnings: 0,
      hashAlgorithm: "SHA-256",
    });
    expect(fields.get("contentHash")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stamps a hash that another tool recomputes from the stamp's record (docs/submission-format.md)", async () => {
    const { dir, file, run } = await setup();
    const out = join(dir, "submission.xlsx");
    expect((await run("submit", file, "--out", out, "--preparer", "A. Officer")).code).toBe(0);
    const wb = await readBack(out);
    const parts: [number, string][] = [];
    wb.getWorksheet("_kpi_stamp")?.eachRow((row, n) => {
      if (n > 1) parts.push([Number(row.getCell(1).value), String(row.getCell(2).value)]);
    });
    const text = `${parts
      .sort((a, b) => a[0] - b[0])
      .map(([, part]) => part)
      .join("")}\n`;
    expect(createHash("sha256").update(text, "utf8").digest("hex")).toBe(
      stampFields(wb).get("contentHash")
    );
    expect(text.split("\n").filter((l) => l !== "")).toHaveLength(
      Number(stampFields(wb).get("canonicalCells"))
    );
  });

  it("never replaces an existing file without --force", async () => {
    const { dir, file, run } = await setup();
    const out = join(dir, "submission.xlsx");
    writeFileSync(out, "keep me");
    const r = await run("submit", file, "--out", out, "--preparer", "A. Officer");
    expect(r.code).toBe(2);
    expect(r.err).toBe(`kpi-report: ${out} already exists; use --force to replace it`);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(
      (await run("submit", file, "--out", out, "--preparer", "A. Officer", "--force")).code
    ).toBe(0);
    expect(stampFields(await readBack(out)).get("planId")).toBe("test-2020-2023");
  });

  it("refuses to write over its input, and says when a file is no workbook", async () => {
    const { dir, file, run } = await setup();
    expect((await run("submit", file, "--out", file, "--preparer", "A. Officer")).err).toBe(
      `kpi-report: ${file}: --out must be a new file; the input is never changed`
    );
    const text = join(dir, "notes.xlsx");
    writeFileSync(text, "not a workbook");
    const r = await run("submit", text, "--out", join(dir, "s.xlsx"), "--preparer", "A. Officer");
    expect(r.code).toBe(2);
    expect(r.err).toBe(`kpi-report: ${text}: is not an .xlsx workbook (it is not a zip file)`);
  });
});

describe("kpi-report verify", () => {
  it("says a stamped submission is unchanged (exit 0)", async () => {
    const { dir, file, run } = await setup();
    const out = join(dir, "submission.xlsx");
    const stamped = await run("submit", file, "--out", out, "--preparer", "A. Officer");
    const r = await run("verify", out);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual([
      `${out}: unchanged since it was stamped 2021-06-30T12:00:00.000Z by A. Officer (plan test-2020-2023, reporting year 2021, sectors A)`,
      expect.stringMatching(
        /^ {2}SHA-256 [0-9a-f]{64} over [\d,]+ cells \(kpi-reporter-canonical-2\)$/
      ),
    ]);
    expect(stamped.out.split("\n")[2]).toBe(r.out.split("\n")[1]?.replace(/ \(kpi.*$/, ""));
  });

  it("names a tampered actual: its sheet, KPI row and cell, old and new value (exit 1)", async () => {
    const { dir, file, run } = await setup();
    const out = join(dir, "submission.xlsx");
    await run("submit", file, "--out", out, "--preparer", "A. Officer");
    await editWorkbook(out, { "A KPIs!N2": 130 });
    const r = await run("verify", out);
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    expect(lines[0]).toMatch(
      new RegExp(`^${out.replace(/[.]/g, "\\.")}: CHANGED since it was stamped`)
    );
    expect(lines.slice(3)).toEqual([
      "  1 cell changed:",
      "    A KPIs!N2  A.kpi.1.1  Actual 2021: 121 -> 130",
    ]);
  });

  it("gives the changes as JSON for other tools", async () => {
    const { dir, file, run } = await setup();
    const out = join(dir, "submission.xlsx");
    await run("submit", file, "--out", out, "--preparer", "A. Officer");
    await editWorkbook(out, { "A KPIs!N2": 130, "A KPIs!X3": "Estimate" });
    const r = await run("verify", out, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      "file",
      "unchanged",
      "stamp",
      "currentHash",
      "cellsIntact",
      "changes",
    ]);
    expect(json.unchanged).toBe(false);
    expect(json.changes).toEqual([
      {
        table: "A KPIs",
        row: "A.kpi.1.1",
        column: "Actual 2021",
        sheet: "A KPIs",
        cell: "N2",
        old: 121,
        new: 130,
      },
      {
        table: "A KPIs",
        row: "A.kpi.1.2",
        column: "Data note",
        sheet: "A KPIs",
        cell: "X3",
        old: null,
        new: "Estimate",
      },
    ]);
  });

  it("says so when a workbook has no stamp (exit 2)", async () => {
    const { file, run } = await setup();
    const r = await run("verify", file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `kpi-report: ${file}: has no submission stamp (no Submission sheet with table KPI_Submission); stamp it with kpi-report submit`
    );
  });
});

import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kpiReport, newWorkbook } from "../support/cli-harness";
import { CLEAN_VALUES } from "../support/fill";
import { parseCsv } from "../support/parse-csv";

/** A filled workbook whose officer typed formula-like text: a sheet renamed "=2+5", a value "=HYPERLINK(...)". */
const hostileWorkbook = async (): Promise<{ dir: string; plans: string; file: string }> => {
  const { dir, plans, file } = await newWorkbook(CLEAN_VALUES);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const kpis = wb.getWorksheet("A KPIs");
  if (!kpis) throw new Error("no sheet");
  kpis.name = "=2+5";
  kpis.getCell("M2").value = '=HYPERLINK("http://example.com/x","Click")';
  kpis.getCell("M3").value = "12\t=1+1";
  await wb.xlsx.writeFile(file);
  return { dir, plans, file };
};

describe("kpi-report validate --csv", () => {
  it("writes the findings as CSV, every field that could run as a formula neutralised", async () => {
    const { dir, plans, file } = await hostileWorkbook();
    const csv = join(dir, "findings.csv");
    const r = await kpiReport("--plans-dir", plans, "validate", file, "--csv", csv);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Wrote .*findings\.csv: the findings as CSV$/);
    const text = readFileSync(csv, "utf8");
    expect(
      text.startsWith(
        "\ufeffFile,Plan,Reporting year,Sector,Severity,Rule,Sheet,Cell,Message,Fix\r\n"
      )
    ).toBe(true);
    const rows = parseCsv(text);
    const byRule = (rule: string): string[][] => rows.filter((row) => row[5] === rule);
    expect(byRule("sheet-renamed").map((row) => row.slice(6, 8))).toEqual([["'=2+5", ""]]);
    expect(byRule("value-not-number").map((row) => row.slice(6, 8))).toEqual([
      ["'=2+5", "M2"],
      ["'=2+5", "M3"],
    ]);
    expect(rows.flat().filter((field) => /^[=+\-@\t\r]/.test(field))).toEqual([]);
  });

  it("keeps the text report on one line per finding, and no line starts a formula", async () => {
    const { plans, file } = await hostileWorkbook();
    const r = await kpiReport("--plans-dir", plans, "validate", file);
    expect(r.out).not.toMatch(/\t/);
    expect(r.out.split("\n").filter((line) => /^[=+\-@]/.test(line))).toEqual([]);
    expect(r.out).toMatch(/=2\+5!M3 {2}Target 2021 of A\.kpi\.1\.2 holds "12 =1\+1", not a number/);
  });

  it("writes neither output when the CSV exists already, without --force", async () => {
    const { dir, plans, file } = await hostileWorkbook();
    const csv = join(dir, "findings.csv");
    writeFileSync(csv, "mine");
    const out = join(dir, "checked.xlsx");
    const r = await kpiReport("--plans-dir", plans, "validate", file, "--out", out, "--csv", csv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^kpi-report: .*findings\.csv already exists; use --force to replace it$/
    );
    expect(readFileSync(csv, "utf8")).toBe("mine");
    expect(existsSync(out)).toBe(false);
  });

  it("writes neither output when the CSV's folder does not exist", async () => {
    const { dir, plans, file } = await hostileWorkbook();
    const out = join(dir, "checked.xlsx");
    const csv = join(dir, "missing", "findings.csv");
    const r = await kpiReport("--plans-dir", plans, "validate", file, "--out", out, "--csv", csv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^kpi-report: .*missing\/findings\.csv: cannot be written \(no such folder\)$/
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a CSV path that is not a .csv file", async () => {
    const { dir, plans, file } = await hostileWorkbook();
    const r = await kpiReport(
      "--plans-dir",
      plans,
      "validate",
      file,
      "--csv",
      join(dir, "findings.xlsx")
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/findings\.xlsx: --csv must be a new \.csv file$/);
  });
});

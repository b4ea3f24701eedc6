import ExcelJS from "exceljs";
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { kpiReport, newWorkbook, planDir, tempDir } from "../support/cli-harness";
import { CLEAN_VALUES, editWorkbook } from "../support/fill";

interface Issue {
  rule: string;
  severity: string;
  sheet: string;
  cell: string | null;
  message: string;
}

const setup = (): ReturnType<typeof newWorkbook> => newWorkbook(CLEAN_VALUES);

const validateJson = async (
  plans: string,
  file: string
): Promise<{
  code: number;
  json: { file: string; plan: string; summary: Record<string, number>; issues: Issue[] };
}> => {
  const r = await kpiReport("--plans-dir", plans, "validate", file, "--json");
  return { code: r.code, json: JSON.parse(r.out) };
};
const key = (i: Issue): string => `${i.rule} ${i.sheet}!${i.cell ?? "-"}`;

describe("kpi-report validate", () => {
  it("finds only the plan's own gaps in a cleanly filled workbook", async () => {
    const { plans, file } = await setup();
    const { code, json } = await validateJson(plans, file);
    expect(Object.keys(json)).toEqual(["file", "plan", "summary", "issues"]);
    expect(json.plan).toBe("test-2020-2023");
    expect(json.issues.map(key)).toEqual([
      "objective-has-goal B Objectives!A2",
      "objective-has-kpi B Objectives!A2",
    ]);
    expect(json.summary).toEqual({ errors: 1, warnings: 1, info: 0 });
    expect(code).toBe(1);
  });

  it("finds each fault an officer introduces, at its cell", async () => {
    const { plans, file } = await setup();
    const before = new Set((await validateJson(plans, file)).json.issues.map(key));
    // A KPIs columns: I Baseline, J/K 2020, L/M 2021, N/O 2022, P/Q 2023, R Progress, S Status, T Data note, U Evidence
    await editWorkbook(file, {
      "A KPIs!M2": "12%", // text in a number cell
      "A KPIs!K3": { error: "#DIV/0!" } as ExcelJS.CellErrorValue, // a formula error
      "A KPIs!M4": 120, // a percentage above 100
      "A KPIs!M5": "Maybe", // a yes/no value outside its list
      "A KPIs!M7": 42, // a number for a qualitative KPI
      "A KPIs!O2": 130, // an actual for 2022 without a target
      "A KPIs!N3": 35, // a target the wrong way for a lower-is-better KPI
      "A KPIs!H2": 2031, // a baseline year after the plan
      "A KPIs!S3": "Met", // status typed over
      "A Outputs!D2": null, // output A.out.1 unlinked from Objective 1
      "A KPIs!B4": "A.obj.9", // a dangling reference
      "A Outputs!E3": "yes", // a link mark that is not X
    });
    const { json } = await validateJson(plans, file);
    const added = json.issues.filter((i) => !before.has(key(i))).map(key);
    expect(added.sort()).toEqual(
      [
        "value-not-number A KPIs!M2",
        "formula-error A KPIs!K3",
        "percentage-out-of-range A KPIs!M4",
        "value-not-in-list A KPIs!M5",
        "qualitative-number A KPIs!M7",
        "actual-without-target A KPIs!N2",
        "target-wrong-direction A KPIs!N3",
        "year-out-of-period A KPIs!H2",
        "status-mismatch A KPIs!S3",
        "output-has-objective A Outputs!A2",
        "reference-exists A KPIs!B4",
        "link-mark A Outputs!E3",
        "met-without-evidence A KPIs!U4", // 120% on a 60 -> 80 target is Met, and has no evidence
        "x2-outputs-agree A Results!A3", // Table 4.2 still lists "Conference" under Objective 1
      ].sort()
    );
    const notNumber = json.issues.find((i) => i.rule === "value-not-number");
    expect(notNumber?.message).toBe('Actual 2021 of A.kpi.1.1 holds "12%", not a number');
  });

  it("gives each JSON entry its sector, the KPI of its row and what to do, keeping every other field", async () => {
    const { plans, file } = await setup();
    await editWorkbook(file, { "A KPIs!M3": "12%" }); // text in A.kpi.1.2's actual
    const { json } = await validateJson(plans, file);
    const entry = json.issues.find((i) => i.rule === "value-not-number");
    expect(Object.keys(entry ?? {})).toEqual([
      "rule",
      "severity",
      "sheet",
      "cell",
      "message",
      "sector",
      "kpi",
      "fix",
    ]);
    expect(entry).toMatchObject({ sheet: "A KPIs", cell: "M3", sector: "A", kpi: "A.kpi.1.2" });
    expect(typeof (entry as { fix?: unknown }).fix).toBe("string");
    // Not on a KPI row: no KPI, said as null rather than left out.
    expect(json.issues.find((i) => i.rule === "objective-has-goal")).toMatchObject({
      sheet: "B Objectives",
      sector: "B",
      kpi: null,
    });
  });

  it("reports a renamed sheet and a renamed column as one finding each, not a cascade", async () => {
    const { plans, file } = await setup();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const kpis = wb.getWorksheet("A KPIs");
    if (!kpis) throw new Error("no sheet");
    kpis.name = "My KPIs";
    const outputs = wb.getWorksheet("A Outputs");
    if (!outputs) throw new Error("no sheet");
    wb.removeWorksheet(outputs.id);
    const bKpis = wb.getWorksheet("B KPIs");
    if (!bKpis) throw new Error("no sheet");
    bKpis.getCell("U1").value = "Evidence";
    await wb.xlsx.writeFile(file);
    const { json } = await validateJson(plans, file);
    expect(
      json.issues
        .filter((i) =>
          ["sheet-missing", "table-missing", "sheet-renamed", "column-missing"].includes(i.rule)
        )
        .map(key)
    ).toEqual(["sheet-missing A Outputs!-", "sheet-renamed My KPIs!-", "column-missing B KPIs!A1"]);
    expect(json.issues.find((i) => i.rule === "column-missing")?.message).toBe(
      'Table B_KPIs has no column "Evidence / comment"'
    );
  });

  it("writes a highlighted copy with a Validation sheet, leaves the original alone, and does not pile up on a second run", async () => {
    const { dir, plans, file } = await setup();
    await editWorkbook(file, { "A KPIs!M2": "12%" });
    const original = readFileSync(file);
    const checked = join(dir, "checked.xlsx");
    const first = await kpiReport("--plans-dir", plans, "validate", file, "--out", checked);
    expect(first.code).toBe(1);
    expect(readFileSync(file).equals(original)).toBe(true);

    const recheck = join(dir, "checked-again.xlsx");
    await kpiReport("--plans-dir", plans, "validate", checked, "--out", recheck);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recheck);
    const kpis = wb.getWorksheet("A KPIs") as unknown as {
      conditionalFormattings: { ref: string }[];
    } & ExcelJS.Worksheet;
    expect(kpis.conditionalFormattings.map((cf) => cf.ref).sort()).toEqual(["M2"]);
    expect(kpis.getCell("M2").value).toBe("12%");
    expect(wb.worksheets.filter((ws) => ws.name === "Validation")).toHaveLength(1);
    const findings = wb.getWorksheet("Validation");
    const rows = findings
      ?.getSheetValues()
      .slice(5)
      .map((r) => (r as unknown[]).slice(1, 3));
    expect(rows).toContainEqual(["error", "value-not-number"]);
    expect(readdirSync(dir).sort()).toEqual([
      "checked-again.xlsx",
      "checked.xlsx",
      "report.xlsx",
      "values.json",
    ]);
  });

  it("exits 0 when there are only warnings", async () => {
    const { plans, file } = await setup();
    await editWorkbook(file, { "B Objectives!F2": "X" });
    const r = await kpiReport("--plans-dir", plans, "validate", file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 errors, 1 warning, 0 info/);
  });

  it.each([
    [
      "a file that is not a workbook",
      "not a zip",
      /report\.xlsx: is not an \.xlsx workbook \(it is not a zip file\)/,
    ],
    ["an empty file", "", /report\.xlsx: is empty/],
  ])("exits 2 on %s, naming the file", async (_, content, message) => {
    const dir = tempDir();
    const file = join(dir, "report.xlsx");
    writeFileSync(file, content);
    const r = await kpiReport("--plans-dir", planDir(), "validate", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("exits 2 on a workbook that is not a reporting workbook", async () => {
    const file = join(tempDir(), "other.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").getCell("A1").value = 12;
    await wb.xlsx.writeFile(file);
    const r = await kpiReport("--plans-dir", planDir(), "validate", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/other\.xlsx: is not a KPI Reporter workbook/);
  });

  it("refuses to write its findings over the workbook it checks", async () => {
    const { plans, file } = await setup();
    const r = await kpiReport("--plans-dir", plans, "validate", file, "--out", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out must be a new file/);
  });
});

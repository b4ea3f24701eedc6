import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planYears } from "../../../src/core/plan";
import { kpiReport, planDir, tempDir } from "../../support/cli-harness";
import { makePlan } from "../../support/make-plan";

/** One documented column: its header text (or pattern), who fills it, and its dropdown, from docs/workbook-format.md. */
interface DocColumn {
  readonly header: string;
  readonly fills: string;
  readonly dropdown: string;
}
interface DocTable {
  readonly sheet: string;
  readonly table: string;
  readonly columns: DocColumn[];
}

const cells = (line: string): string[] =>
  line
    .split("|")
    .slice(1, -1)
    .map((c) => c.trim());

/** Reads the documented tables out of the contract itself, so the test and the document cannot drift apart. */
const documentedTables = (): DocTable[] => {
  const lines = readFileSync(join(__dirname, "../../../docs/workbook-format.md"), "utf8").split(
    "\n"
  );
  const tables: DocTable[] = [];
  lines.forEach((line, i) => {
    const heading = /^### Sheet `([^`]+)`, table `([^`]+)`/.exec(line);
    if (!heading) return;
    let j = i + 1;
    while (!lines[j]?.startsWith("| header | fills | holds | dropdown or rule |")) j++;
    const columns: DocColumn[] = [];
    for (j += 2; lines[j]?.startsWith("|"); j++) {
      const [header = "", fills = "", , dropdown = ""] = cells(lines[j] ?? "");
      columns.push({ header, fills, dropdown });
    }
    tables.push({ sheet: heading[1] ?? "", table: heading[2] ?? "", columns });
  });
  return tables;
};

const plan = makePlan();
const PERIOD = 2021;

/** The concrete headers a documented column stands for in this plan's workbook. */
const expand = (header: string, sectorIndex: number): string[] => {
  const sector = plan.sectors[sectorIndex];
  if (header.startsWith("`<goal label>`")) return plan.goals.map((g) => g.label);
  if (header.startsWith("`<objective label>`"))
    return (sector?.objectives ?? []).map((o) => o.label);
  if (header.startsWith("Target `<year>`"))
    return planYears(plan).flatMap((y) => [`Target ${y}`, `Actual ${y}`, `Assessment ${y}`]);
  if (header.startsWith("Budget `<year>`"))
    return planYears(plan).flatMap((y) => [`Budget ${y}`, `Expenditure ${y}`]);
  const split = /^(Share|Allocated) `<(objective|goal) label>`/.exec(header);
  if (split)
    return (split[2] === "goal" ? plan.goals : (sector?.objectives ?? [])).map(
      (x) => `${split[1]} ${x.label}`
    );
  return [header.replace("`<period>`", String(PERIOD))];
};

describe("a workbook read back by ExcelJS", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const out = join(tempDir(), "format.xlsx");
    const r = await kpiReport(
      "--plans-dir",
      planDir(),
      "new",
      "--plan",
      plan.id,
      "--period",
      String(PERIOD),
      "--out",
      out
    );
    expect(r.code).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  const instances = (doc: DocTable): { sheet: string; table: string; sectorIndex: number }[] =>
    doc.sheet.includes("<S>")
      ? plan.sectors
          .map((s, sectorIndex) => ({
            sheet: doc.sheet.replace("<S>", s.id),
            table: doc.table.replace("<s>", s.id.replace(/[^A-Za-z0-9]/g, "")),
            sectorIndex,
          }))
          .filter(
            ({ sheet }) =>
              !sheet.endsWith(" Results") ||
              plan.sectors.find((s) => sheet.startsWith(`${s.id} `))?.resultsTable
          )
      : [{ sheet: doc.sheet, table: doc.table, sectorIndex: 0 }];

  it("documents all of the tables", () => {
    expect(documentedTables().map((t) => t.table)).toEqual([
      "Goals",
      "<s>_Objectives",
      "<s>_Outputs",
      "<s>_Results",
      "<s>_KPIs",
      "<s>_Resources",
      "<s>_Objective_Resources",
      "Resources_By_Sector",
      "Resources_By_Goal",
      "KPI_Meta",
    ]);
  });

  it("has the sheets in the documented order, metadata very hidden", () => {
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ["Instructions", "visible"],
      ["Goals", "visible"],
      ...[
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
      ].map((n) => [n, "visible"]),
      ["_kpi_meta", "veryHidden"],
    ]);
  });

  it.each(
    documentedTables().flatMap((doc) =>
      instances(doc).map((inst) => [inst.table, doc, inst] as const)
    )
  )("has table %s with every documented header, fill and dropdown", (_, doc, inst) => {
    const ws = wb.getWorksheet(inst.sheet);
    if (!ws) throw new Error(`no sheet ${inst.sheet}`);
    const table = ws.getTable(inst.table) as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    const expected = doc.columns.flatMap((c) =>
      expand(c.header, inst.sectorIndex).map((h) => ({ header: h, doc: c }))
    );
    expect(table.table.tableRef).toBe(`A1:${ws.getColumn(expected.length).letter}${ws.rowCount}`);
    expect(table.table.columns.map((c) => c.name)).toEqual(expected.map((e) => e.header));
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(expected.map((e) => e.header));

    // A row of a KPI of the officers' own (the test plan's sector B has no KPIs, so it has only those) opens the
    // cells the docs mark as theirs on such a row.
    const officerRow = /\.u\d+$/.test(String(ws.getCell(2, 1).value ?? ""));
    expected.forEach(({ doc: column }, i) => {
      const cell = ws.getCell(2, i + 1);
      const open =
        column.fills === "entry" ||
        (officerRow && column.fills.includes("entry on an officer's own row"));
      expect([column.header, cell.protection?.locked ?? true]).toEqual([column.header, !open]);
      const validation = cell.dataValidation as { type?: string; formulae?: string[] } | undefined;
      if (column.dropdown === "" || column.dropdown.startsWith("per measure")) {
        if (column.dropdown === "")
          expect([column.header, validation?.type]).toEqual([column.header, undefined]);
      } else if (column.dropdown.startsWith("decimal")) {
        const range = /between (\d+) and (\d+)/.exec(column.dropdown);
        expect([column.header, validation?.type, range ? validation?.formulae : "any"]).toEqual([
          column.header,
          "decimal",
          range ? [Number(range[1]), Number(range[2])] : "any",
        ]);
      } else if (column.dropdown.startsWith("whole number")) {
        expect([column.header, validation?.type]).toEqual([column.header, "whole"]);
      } else if (column.dropdown.startsWith("ids of the ")) {
        const kind = /ids of the (\w+) table/.exec(column.dropdown)?.[1];
        expect(validation?.type).toBe("list");
        expect(validation?.formulae?.[0]).toMatch(
          new RegExp(`^'${inst.sheet.split(" ")[0]} ${kind}'!\\$A\\$2:\\$A\\$\\d+$`)
        );
      } else {
        expect([column.header, validation?.type, validation?.formulae]).toEqual([
          column.header,
          "list",
          [`"${column.dropdown.split(", ").join(",")}"`],
        ]);
      }
    });
  });

  it("records the plan, period and format in the metadata table", () => {
    const ws = wb.getWorksheet("_kpi_meta");
    const rows = ws
      ?.getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1, 3));
    expect(Object.fromEntries(rows ?? [])).toEqual({
      format: "kpi-reporter-workbook",
      formatVersion: 1,
      planId: "test-2020-2023",
      planVersion: "1.0.0",
      planTitle: "Test plan 2020-2023",
      period: 2021,
      sectors: "A,B",
      createdAt: "2021-06-30T12:00:00.000Z",
      generator: expect.stringMatching(/^kpi-reporter \d+\.\d+\.\d+$/),
      language: "en",
    });
  });

  it("gives each KPI row's values the rule of its measure", () => {
    const ws = wb.getWorksheet("A KPIs");
    const rules = [2, 3, 4, 5, 6, 7].map((row) => {
      const v = ws?.getCell(`I${row}`).dataValidation as
        { type?: string; formulae?: unknown[] } | undefined;
      return [ws?.getCell(`E${row}`).value, v?.type, v?.formulae];
    });
    expect(rules).toEqual([
      ["Number", "decimal", [-1e307, 1e307]],
      ["Number", "decimal", [-1e307, 1e307]],
      ["Percentage", "decimal", [0, 100]],
      ["Yes/No", "list", ['"Yes,No"']],
      ["Milestone", "list", ['"Not started,In progress,Completed"']],
      ["Qualitative", undefined, undefined],
    ]);
  });

  it("protects every sheet with tables, without a password", () => {
    const protectedSheets = wb.worksheets.filter(
      (ws) =>
        (ws as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string } })
          .sheetProtection?.sheet
    );
    expect(protectedSheets.map((ws) => ws.name)).toEqual(
      wb.worksheets.filter((ws) => ws.name !== "Instructions").map((ws) => ws.name)
    );
    protectedSheets.forEach((ws) =>
      expect(
        (ws as unknown as { sheetProtection: { hashValue?: string } }).sheetProtection.hashValue
      ).toBeUndefined()
    );
  });
});

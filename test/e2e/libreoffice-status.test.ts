import ExcelJS from "exceljs";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { writeXlsx } from "../../src/adapters/xlsx";
import { headerText, labelsIn, Language, sectorSheetName } from "../../src/core/format";
import { buildReportingWorkbook, EntryValue, KpiEntry } from "../../src/core/layout";
import { Direction, Measure } from "../../src/core/plan";
import { computeProgress, computeStatus } from "../../src/core/status";
import { libreOfficeConvert } from "../support/libreoffice";
import { makePlan, makePlanFile } from "../support/make-plan";
import { tempDir } from "../support/cli-harness";
import { describeWithTool } from "../support/system-tools";

type Case = {
  measure: Measure;
  direction: Direction;
  baseline: EntryValue;
  target: EntryValue;
  actual: EntryValue;
  assessment?: EntryValue;
};

const numeric: [EntryValue, EntryValue, EntryValue][] = [
  [10, 20, 20],
  [10, 20, 25],
  [10, 20, 18],
  [10, 20, 17.999],
  [10, 20, 15],
  [10, 20, 5],
  [10, 10, 12],
  [10, 5, 4],
  [0, 100, 80],
  [50, 40, 45],
  [null, 20, 20],
  [10, null, 20],
  [10, 20, null],
  ["12%", 20, 20],
  [10, 20, "n/a"],
  [10, "20", 20],
  [-5, 5, 3],
  [0.1, 0.3, 0.26],
  [1e6, 2e6, 1.8e6],
  [100, 0, 20],
  [0, 0, 0],
];
// Not here: a boolean in a number cell. Calc has no boolean type (ISNUMBER(TRUE) is TRUE there), Excel does
// (FALSE); the engine follows Excel, and test/core/status says so.
const cases: Case[] = [
  ...(["number", "percentage"] as const).flatMap((measure) =>
    (["up", "down"] as const).flatMap((direction) =>
      numeric.map(([baseline, target, actual]) => ({
        measure,
        direction,
        baseline,
        target,
        actual,
      }))
    )
  ),
  ...(
    [
      ["Yes", "Yes"],
      ["Yes", "No"],
      ["yes", "YES"],
      ["No", "No"],
      [null, "Yes"],
      ["Yes", null],
      ["Yes", 1],
    ] as const
  ).map(([target, actual]) => ({
    measure: "yes-no" as const,
    direction: "up" as const,
    baseline: null,
    target,
    actual,
  })),
  ...(
    [
      ["Completed", "Completed"],
      ["Completed", "In progress"],
      ["Completed", "Not started"],
      ["In progress", "Completed"],
      ["in progress", "IN PROGRESS"],
      ["Completed", "Done"],
      [null, "Completed"],
      ["*", "Completed"],
    ] as const
  ).map(([target, actual]) => ({
    measure: "milestone" as const,
    direction: "up" as const,
    baseline: null,
    target,
    actual,
  })),
  ...(
    [
      ["Visibility grew", null],
      ["Visibility grew", "Achieved"],
      ["Visibility grew", "achieved"],
      ["Visibility grew", "Partly achieved"],
      ["Visibility grew", "NOT ACHIEVED"],
      ["Visibility grew", "Done"],
      [null, "Achieved"],
      ["Visibility grew", 1],
    ] as const
  ).map(([actual, assessment]) => ({
    measure: "qualitative" as const,
    direction: "up" as const,
    baseline: null,
    target: "More visibility",
    actual,
    assessment,
  })),
];

describeWithTool("LibreOffice Calc")("the workbook in LibreOffice Calc", () => {
  // English, and languages whose dropdowns and status words differ in script and direction: the formulas compare
  // the workbook's own words and show its own status words.
  it.each<Language>(["en", "fr", "ar", "zh"])(
    "recalculates every Progress and Status formula to what the TypeScript engine computes (%s)",
    async (language) => {
      const kpis = cases.map((c, i) => ({
        id: `A.kpi.1.${i + 1}`,
        text: `Case ${i + 1}`,
        measure: c.measure,
        direction: c.direction,
        unit: "",
      }));
      const file = makePlanFile();
      const sectors = (file.sectors as Record<string, unknown>[]).map((s, i) =>
        i === 0
          ? {
              ...s,
              results: [
                {
                  objective: "A.obj.1",
                  objectiveText: "Objective 1",
                  outputs: [],
                  expectedResults: [],
                  kpis,
                },
              ],
            }
          : s
      );
      const plan = makePlan({ sectors });
      const entries = new Map<string, KpiEntry>(
        cases.map((c, i) => [
          `A.kpi.1.${i + 1}`,
          {
            baseline: c.baseline,
            targets: { "2021": c.target },
            actuals: { "2021": c.actual },
            assessments: { "2021": c.assessment ?? null },
          },
        ])
      );
      const spec = buildReportingWorkbook(plan, {
        sectors: ["A"],
        period: 2021,
        createdAt: "2021-01-01T00:00:00Z",
        generator: "test",
        entries,
        language,
      });
      const xlsx = join(tempDir(), "status.xlsx");
      writeFileSync(xlsx, await writeXlsx(spec));

      const recalculated = await libreOfficeConvert(xlsx, "xlsx");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(recalculated);
      const ws = wb.getWorksheet(sectorSheetName({ id: "A" }, "KPIs", language));
      if (!ws) throw new Error("no A KPIs sheet after LibreOffice");
      // LibreOffice saves a header mixing scripts ("2021 年状态") as rich text, a run per font: read its text.
      const headers = (ws.getRow(1).values as unknown[])
        .slice(1)
        .map((h) =>
          typeof h === "object" && h !== null && "richText" in h
            ? (h as { richText: { text: string }[] }).richText.map((run) => run.text).join("")
            : h
        );
      const progressCol = headers.indexOf(headerText("progress", language, 2021)) + 1;
      const statusCol = headers.indexOf(headerText("status", language, 2021)) + 1;
      const words = labelsIn("status", language);
      const resultOf = (row: number, col: number): unknown => {
        const v = ws.getCell(row, col).value as { result?: unknown } | null | string | number;
        // A formula whose result is an empty string is saved with no cached value.
        if (typeof v === "object" && v !== null) return "result" in v ? v.result : "";
        return v;
      };

      const calc = cases.map((_, i) => {
        const p = resultOf(i + 2, progressCol);
        return [
          typeof p === "number"
            ? Number(p.toFixed(9))
            : p === "" || p === undefined || p === null
              ? null
              : p,
          resultOf(i + 2, statusCol),
        ];
      });
      const engine = cases.map((c) => {
        const p = computeProgress(c);
        return [p === null ? null : Number(p.toFixed(9)), words[computeStatus(c, plan.reporting)]];
      });
      const mismatches = cases.flatMap((c, i) =>
        JSON.stringify(calc[i]) === JSON.stringify(engine[i])
          ? []
          : [{ case: c, calc: calc[i], engine: engine[i] }]
      );
      expect(mismatches).toEqual([]);
      // The cases reach every status, so the comparison means something.
      expect(new Set(engine.map(([, s]) => s))).toEqual(new Set(Object.values(words)));
    },
    300_000
  );
});

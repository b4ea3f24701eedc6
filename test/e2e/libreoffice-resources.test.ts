import ExcelJS from "exceljs";
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeXlsx } from "../../src/adapters/xlsx";
import {
  budgetHeader,
  buildReportingWorkbook,
  executionHeader,
  expenditureHeader,
  objectiveResourcesSheetName,
  resourcesByGoalSheetName,
  resourcesBySectorSheetName,
} from "../../src/core/layout";
import type { Language } from "../../src/core/format";
import { parseReport } from "../../src/core/report";
import { moneyIn, RolledUpLine, rollUpResources } from "../../src/core/resources";
import { columnLetter } from "../../src/core/format";
import { tempDir } from "../support/cli-harness";
import { libreOfficeConvert } from "../support/libreoffice";
import { resourcesCase } from "../support/random-resources";
import { snapshotOfSpec } from "../support/spec-snapshot";
import { describeWithTool } from "../support/system-tools";
import { dataBarsOfFile } from "../support/xlsx-looks";

const YEARS = [2020, 2021, 2022, 2023];

/**
 * A sheet's first row as text: LibreOffice saves a header that mixes scripts (Arabic words, Latin digits) as rich
 * text, a run per font.
 */
const headerRow = (ws: ExcelJS.Worksheet): unknown[] =>
  (ws.getRow(1).values as unknown[])
    .slice(1)
    .map((h) =>
      typeof h === "object" && h !== null && "richText" in h
        ? (h as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("")
        : h
    );

/** Each row's values under the given headers of a table that starts at A1, formulas by their cached result. */
const tableValues = (ws: ExcelJS.Worksheet, headers: readonly string[]): Map<string, unknown[]> => {
  const head = headerRow(ws);
  const cols = headers.map((h) => head.indexOf(h) + 1);
  const rows = new Map<string, unknown[]>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const id = ws.getCell(r, 1).value;
    if (typeof id !== "string") continue;
    rows.set(
      id,
      cols.map((c) => {
        const v = ws.getCell(r, c).value as { result?: unknown } | number | null;
        // A formula whose result is 0 comes back without a cached value.
        return typeof v === "object" && v !== null ? (v.result ?? 0) : v;
      })
    );
  }
  return rows;
};

const headersIn = (language: Language): string[] =>
  YEARS.flatMap((y) => [budgetHeader(y, language), expenditureHeader(y, language)]);
const engineValues = (rollup: ReturnType<typeof rollUpResources>, line: RolledUpLine): unknown[] =>
  YEARS.flatMap((y) => {
    const m = moneyIn(rollup, line, y);
    return [m.budget, m.expenditure];
  });

describeWithTool("LibreOffice Calc")("the resources roll-up in LibreOffice Calc", () => {
  it("recalculates the objective, sector and goal totals to the engine's figures, the goals hold exactly the money that reaches a goal, and their execution keeps its data bars, in any of the six languages", async () => {
    await fc.assert(
      // Every run in one of the five languages other than English, whose sheet names and headers the formulas
      // and the readers must follow; Arabic first, so that a failing case shrinks towards the right-to-left
      // workbook with non-Latin sheet names.
      fc.asyncProperty(
        resourcesCase,
        fc.constantFrom<Language>("ar", "zh", "fr", "ru", "es"),
        async ({ plan, resources, expected }, language) => {
          const headers = headersIn(language);
          const spec = buildReportingWorkbook(plan, {
            sectors: [],
            period: 2021,
            createdAt: "2021-01-01T00:00:00Z",
            generator: "test",
            resources,
            language,
          });
          const parsed = parseReport(snapshotOfSpec(spec), () => plan);
          if (!parsed.ok) throw new Error(parsed.message);
          const rollup = rollUpResources(parsed.report, plan);

          const xlsx = join(tempDir(), "resources.xlsx");
          writeFileSync(xlsx, await writeXlsx(spec));
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.readFile(await libreOfficeConvert(xlsx, "xlsx"));
          const sheet = (name: string): ExcelJS.Worksheet => {
            const ws = wb.getWorksheet(name);
            if (!ws) throw new Error(`no sheet ${name} after LibreOffice`);
            return ws;
          };

          const calc = {
            goals: tableValues(sheet(resourcesByGoalSheetName(language)), headers),
            sectors: tableValues(sheet(resourcesBySectorSheetName(language)), headers),
            objectives: new Map(
              plan.sectors.flatMap((s) => [
                ...tableValues(sheet(objectiveResourcesSheetName(s, language)), headers),
              ])
            ),
          };
          const engine = {
            goals: new Map(rollup.goals.map((g) => [g.id, engineValues(rollup, g)])),
            sectors: new Map(rollup.sectors.map((s) => [s.id, engineValues(rollup, s)])),
            objectives: new Map(rollup.objectives.map((o) => [o.id, engineValues(rollup, o)])),
          };
          // Same rows, and every figure equal to the engine's up to floating-point summation order.
          const mismatches = (["goals", "sectors", "objectives"] as const).flatMap((level) => {
            expect([level, [...calc[level].keys()].sort()]).toEqual([
              level,
              [...engine[level].keys()].sort(),
            ]);
            return [...engine[level]].flatMap(([id, values]) =>
              values.flatMap((v, i) => {
                const c = calc[level].get(id)?.[i];
                const ok =
                  typeof c === "number" &&
                  typeof v === "number" &&
                  Math.abs(c - v) <= 1e-9 * Math.max(1, Math.abs(v));
                return ok ? [] : [{ level, id, column: headers[i], calc: c, engine: v }];
              })
            );
          });
          expect(mismatches).toEqual([]);

          // The goals' execution keeps its data bars (the file's stand-in for the chart Excel draws) through Calc.
          const byGoal = sheet(resourcesByGoalSheetName(language));
          const execution = headerRow(byGoal).indexOf(executionHeader(2021, language));
          const column = columnLetter(execution);
          // Calc saves a one-cell range (one goal) as the cell alone: K2 for K2:K2.
          const oneCell = (range: string): string => range.replace(/^([A-Z]+\d+):\1$/, "$1");
          expect(dataBarsOfFile(byGoal).map((bar) => oneCell(bar.split(" ")[0] ?? ""))).toEqual(
            calc.goals.size > 0 ? [oneCell(`${column}2:${column}${calc.goals.size + 1}`)] : []
          );

          // Conservation in the spreadsheet's own arithmetic: the goal rows add up to the money reaching a goal.
          YEARS.forEach((_, y) => {
            const sum = (k: number): number =>
              [...calc.goals.values()].reduce(
                (a: number, row) => a + Number(row[2 * y + k] ?? 0),
                0
              );
            const e = expected[y] as (typeof expected)[number];
            expect(Math.abs(sum(0) - e.reachingGoal.budget)).toBeLessThanOrEqual(
              1e-6 * Math.max(1, e.reachingGoal.budget)
            );
            expect(Math.abs(sum(1) - e.reachingGoal.expenditure)).toBeLessThanOrEqual(
              1e-6 * Math.max(1, e.reachingGoal.expenditure)
            );
          });
        }
      ),
      // Each run is one LibreOffice conversion (10-30 s on a loaded machine); four runs meet several languages.
      { numRuns: 4 }
    );
  }, 900_000);
});

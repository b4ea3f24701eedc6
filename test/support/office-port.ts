import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ExcelRun, OfficeWorkbookOptions, OfficeWorkbookPort } from "../../src/adapters/office";
import { loadXlsx, snapshotOf, writeXlsx } from "../../src/adapters/xlsx";
import {
  buildReportingWorkbook,
  KpiEntries,
  parseEntriesFile,
  WorkbookSpec,
} from "../../src/core/layout";
import { parsePlanFile, Plan } from "../../src/core/plan";
import type { Snapshot } from "../../src/core/snapshot";
import { createExcelFake, ExcelFake } from "./excel-fake";

/** The repository's root, from test/support or from its compiled copy in dist-bench/test/support. */
const ROOT =
  [join(__dirname, "..", ".."), join(__dirname, "..", "..", "..")].find((dir) =>
    existsSync(join(dir, "plan-data"))
  ) ?? join(__dirname, "..", "..");

/** The OfficeWorkbookPort over a fake Excel (its run has Excel.run's shape, over the fake's own classes). */
export const officePort = (
  excel: ExcelFake,
  options: OfficeWorkbookOptions = {}
): OfficeWorkbookPort => new OfficeWorkbookPort(excel.run as unknown as ExcelRun, options);

/** A fake Excel with the workbook written into it through the Office.js adapter. */
export const excelWith = async (
  spec: WorkbookSpec,
  options: OfficeWorkbookOptions = {}
): Promise<ExcelFake> => {
  const excel = createExcelFake();
  await officePort(excel, options).writeWorkbook(spec);
  return excel;
};

/** What the .xlsx adapter reads back from the file it writes for a spec. */
export const xlsxSnapshot = async (spec: WorkbookSpec): Promise<Snapshot> =>
  snapshotOf(await loadXlsx("parity.xlsx", await writeXlsx(spec)));

/** The real 2012-2015 plan from plan-data/. */
export const ituPlan = (): Plan => {
  const file = join(ROOT, "plan-data", "itu-2012-2015.json");
  const plan = parsePlanFile(file, readFileSync(file, "utf8"));
  if (!plan.ok) throw new Error(`cannot read ${file}`);
  return plan.value;
};

/** The demo's sample values for 2012-2015 (with its deliberate mistakes). */
export const ituSample = (): { entries: KpiEntries; period: number } => {
  const file = join(ROOT, "samples", "itu-2012-2015.sample.json");
  const sample = parseEntriesFile(file, readFileSync(file, "utf8"));
  if (!sample.ok) throw new Error(`cannot read ${file}`);
  return { entries: sample.value.entries, period: sample.value.period ?? 2013 };
};

/** The reporting workbook of a plan, as `kpi-report new` builds it. */
export const reportingSpec = (plan: Plan, period: number, entries?: KpiEntries): WorkbookSpec =>
  buildReportingWorkbook(plan, {
    sectors: [],
    period,
    createdAt: "2021-06-30T12:00:00.000Z",
    generator: "kpi-reporter test",
    ...(entries ? { entries } : {}),
  });

/**
 * Edits cells as an officer does in Excel: on a protected sheet, unprotect, type, protect again. Text is typed
 * with an apostrophe so that Excel keeps it text ("12%" stays "12%"), except error literals, which Excel turns
 * into errors; null clears the cell.
 */
export const editInExcel = async (
  excel: ExcelFake,
  edits: Record<string, unknown>
): Promise<void> => {
  const bySheet = new Map<string, [string, unknown][]>();
  for (const [ref, value] of Object.entries(edits)) {
    const [sheet = "", cell = ""] = ref.split("!");
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), [cell, value]]);
  }
  await excel.run(async (context) => {
    const sheets = [...bySheet.keys()].map((name) => context.workbook.worksheets.getItem(name));
    for (const sheet of sheets) sheet.protection.load("protected");
    await context.sync();
    [...bySheet.values()].forEach((cells, i) => {
      const sheet = sheets[i];
      if (!sheet) return;
      const wasProtected = sheet.protection.protected;
      if (wasProtected) sheet.protection.unprotect();
      for (const [cell, value] of cells) {
        const input =
          value === null
            ? ""
            : typeof value === "object" && value !== null && "error" in value
              ? String((value as { error: string }).error)
              : typeof value === "string"
                ? `'${value}`
                : value;
        sheet.getRange(cell).values = [[input]];
      }
      if (wasProtected)
        sheet.protection.protect({ allowFormatCells: true, allowFormatColumns: true });
    });
    await context.sync();
  });
};

import type { WorkbookPort } from "../../app";
import type { CellMark, SheetSpec, WorkbookSpec } from "../../core/layout";
import type { Snapshot } from "../../core/snapshot";
import { DEFAULT_PAYLOAD_BUDGET, ExcelRun, OfficeWorkbookOptions } from "./excel-run";
import { clearFindings, markFindings } from "./mark-findings";
import { readSnapshot } from "./read-snapshot";
import { writeSheets } from "./write-sheets";

/**
 * The WorkbookPort of the workbook open in Excel, through Office.js: each command is one Excel.run with a
 * constant number of round trips, more only when a request would exceed the payload budget.
 * @example new OfficeWorkbookPort(Excel.run, { payloadBudgetBytes: 2 * 1024 * 1024 })
 */
export class OfficeWorkbookPort implements WorkbookPort {
  private readonly budget: number;

  constructor(
    private readonly run: ExcelRun,
    private readonly options: OfficeWorkbookOptions = {}
  ) {
    this.budget = options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET;
    if (!(this.budget >= 16 * 1024))
      throw new RangeError(`payloadBudgetBytes ${this.budget} is below 16 KiB`);
  }

  private report(denied: readonly string[]): void {
    if (denied.length > 0) this.options.onProtectionDenied?.(denied);
  }

  /** Writes the reporting workbook into the open workbook: its sheets replace those of the same names, a new workbook's empty sheet goes. */
  async writeWorkbook(spec: WorkbookSpec): Promise<void> {
    const first = spec.sheets.find((s) => s.visibility === "visible");
    this.report(
      await this.run((context) =>
        writeSheets(context, spec.sheets, {
          budget: this.budget,
          wholeWorkbook: true,
          properties: spec.properties,
          ...(first ? { activate: first.name } : {}),
        })
      )
    );
  }

  /** Reads the sheets and every table, and with `outsideTables` the cells beside them, as the .xlsx adapter does. */
  async readSnapshot(options?: { readonly outsideTables?: boolean }): Promise<Snapshot> {
    return this.run((context) => readSnapshot(context, this.budget, options));
  }

  /** Replaces the findings sheet and the highlights of an earlier run with these. */
  async markFindings(sheet: SheetSpec, marks: readonly CellMark[]): Promise<void> {
    this.report(await this.run((context) => markFindings(context, sheet, marks, this.budget)));
  }

  /** Removes the findings sheet and the highlights of an earlier run, and nothing else. */
  async clearFindings(): Promise<void> {
    this.report(await this.run((context) => clearFindings(context, this.budget)));
  }

  /** Replaces each of these sheets in place (added at the end where absent), leaving every other sheet as it was. */
  async replaceSheets(
    sheets: readonly SheetSpec[],
    options?: { readonly veryHidden?: readonly string[] }
  ): Promise<void> {
    this.report(
      await this.run(async (context) => {
        const denied = await writeSheets(context, sheets, {
          budget: this.budget,
          wholeWorkbook: false,
        });
        const hide = (options?.veryHidden ?? []).map((name) =>
          context.workbook.worksheets.getItemOrNullObject(name)
        );
        if (hide.length === 0) return denied;
        for (const ws of hide) ws.load("isNullObject");
        await context.sync();
        for (const ws of hide) if (!ws.isNullObject) ws.visibility = "VeryHidden";
        await context.sync();
        return denied;
      })
    );
  }
}

import type ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import type { WorkbookPort } from "../../app";
import type { CellMark, SheetSpec, WorkbookSpec } from "../../core/layout";
import type { Snapshot } from "../../core/snapshot";
import { writeFileAtomic } from "./atomic-file";
import { cellsOutsideTables } from "./cells-outside-tables";
import { markFindings } from "./mark-findings";
import { replaceSheets } from "./replace-sheets";
import { loadXlsx, snapshotOf, WorkbookReadError } from "./read-xlsx";
import { writeXlsx } from "./write-xlsx";

export interface XlsxFileOptions {
  /** Where writes go; the file itself when absent. */
  readonly saveTo?: string;
  /** Replace `saveTo` if it exists. */
  readonly force: boolean;
  /** The name to use for the file in messages. */
  readonly displayName?: string;
}

/** The WorkbookPort of one .xlsx file on disk (Node): reads it, and writes to it or to a copy, atomically. */
export class XlsxFilePort implements WorkbookPort {
  private loaded: ExcelJS.Workbook | undefined;

  constructor(
    private readonly file: string,
    private readonly options: XlsxFileOptions
  ) {}

  private get name(): string {
    return this.options.displayName ?? this.file;
  }

  async writeWorkbook(spec: WorkbookSpec): Promise<void> {
    await writeFileAtomic(this.options.saveTo ?? this.file, await writeXlsx(spec), {
      force: this.options.force,
    });
  }

  private async workbook(): Promise<ExcelJS.Workbook> {
    if (!this.loaded) {
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(this.file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new WorkbookReadError(
          this.name,
          code === "ENOENT"
            ? "no such file"
            : code === "EISDIR"
              ? "is a folder, not a file"
              : `cannot be read (${code ?? String(error)})`
        );
      }
      this.loaded = await loadXlsx(this.name, bytes);
    }
    return this.loaded;
  }

  async readSnapshot(options?: { readonly outsideTables?: boolean }): Promise<Snapshot> {
    const wb = await this.workbook();
    const snapshot = snapshotOf(wb);
    return options?.outsideTables
      ? { ...snapshot, cells: cellsOutsideTables(wb, snapshot) }
      : snapshot;
  }

  async markFindings(sheet: SheetSpec, marks: readonly CellMark[]): Promise<void> {
    const wb = await this.workbook();
    await markFindings(wb, sheet, marks);
    await this.save(wb);
  }

  async replaceSheets(sheets: readonly SheetSpec[]): Promise<void> {
    const wb = await this.workbook();
    await replaceSheets(wb, sheets);
    await this.save(wb);
  }

  private async save(wb: ExcelJS.Workbook): Promise<void> {
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await writeFileAtomic(this.options.saveTo ?? this.file, bytes, { force: this.options.force });
  }
}

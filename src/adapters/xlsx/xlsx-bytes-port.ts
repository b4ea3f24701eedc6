import type ExcelJS from "exceljs";
import type { WorkbookPort } from "../../app";
import type { CellMark, SheetSpec, WorkbookSpec } from "../../core/layout";
import type { Snapshot } from "../../core/snapshot";
import { message } from "../../core/i18n";
import { cellsOutsideTables } from "./cells-outside-tables";
import { writtenSizeRefusal } from "./check-xlsx-package";
import { editXlsxPackage } from "./edit-xlsx-package";
import { PackageNotEditable } from "./package-not-editable";
import { clearFindings, markFindings } from "./mark-findings";
import { replaceSheets } from "./replace-sheets";
import { loadXlsx, snapshotOf } from "./read-xlsx";
import { WorkbookReadError } from "./workbook-read-error";
import { readTableSnapshot } from "./read-table-snapshot";
import { type DeferredValidations, withValidations, writeXlsx } from "./write-xlsx";
import { NotStreamable } from "./xlsx-package";

/** Where an .xlsx port's bytes come from and go to: a file on disk (Node), or memory and a download (browser). */
export interface XlsxBytesIo {
  /** The name to use for the workbook in messages. */
  readonly name: string;
  /** The workbook's bytes; called once, on the first read. */
  read(): Promise<Uint8Array>;
  /** Receives the bytes of each write: a new workbook, or the read one with its changes. */
  write(bytes: Uint8Array): Promise<void>;
}

/**
 * The WorkbookPort of .xlsx bytes, with no Node API in it, so that it runs in a browser as well as in Node:
 * reads a snapshot straight from the package (readTableSnapshot), loads ExcelJS only to write (or for a file
 * the streaming reader hands over), and hands every write to its `XlsxBytesIo` as whole new bytes.
 */
export class XlsxBytesPort implements WorkbookPort {
  private loaded: ExcelJS.Workbook | undefined;
  private source: Promise<Uint8Array> | undefined;
  /** The streaming reader read these bytes whole: every part within the limits, every cell within a cell's. */
  private streamed = false;
  /** How the last write was made: by editing the package, or through ExcelJS (which rewrites every part). */
  private writtenBy: "package" | "exceljs" | undefined;

  constructor(private readonly io: XlsxBytesIo) {}

  async writeWorkbook(spec: WorkbookSpec): Promise<void> {
    await this.io.write(await writeXlsx(spec));
  }

  async readSnapshot(options?: { readonly outsideTables?: boolean }): Promise<Snapshot> {
    if (!this.loaded) {
      const bytes = await this.bytes();
      try {
        const snapshot = await readTableSnapshot(this.io.name, bytes, options);
        this.streamed = true;
        return snapshot;
      } catch (error) {
        // The ExcelJS path reads what the streaming reader does not, and refuses in its own words.
        if (!(error instanceof NotStreamable)) throw error;
      }
    }
    const wb = await this.workbook();
    const snapshot = snapshotOf(wb, this.io.name);
    return options?.outsideTables
      ? { ...snapshot, cells: cellsOutsideTables(wb, snapshot) }
      : snapshot;
  }

  async markFindings(sheet: SheetSpec, marks: readonly CellMark[]): Promise<void> {
    const wb = await this.workbook();
    await markFindings(wb, sheet, marks);
    await this.save(wb);
  }

  async clearFindings(): Promise<void> {
    const wb = await this.workbook();
    clearFindings(wb);
    await this.save(wb);
  }

  async replaceSheets(
    sheets: readonly SheetSpec[],
    options?: { readonly veryHidden?: readonly string[] }
  ): Promise<void> {
    if (!this.loaded) {
      const edited = await this.edited(sheets, options?.veryHidden);
      if (edited) {
        await this.io.write(this.readable(edited));
        // What comes next (another change, a read) starts from the workbook as written.
        this.source = Promise.resolve(edited);
        this.writtenBy = "package";
        return;
      }
    }
    const wb = await this.workbook();
    const deferred: DeferredValidations = new Map();
    await replaceSheets(wb, sheets, options?.veryHidden, deferred);
    await this.save(wb, deferred, true);
  }

  /**
   * The bytes of a changed workbook, refused (WorkbookReadError, nothing written) where the copy would be past
   * the limits every command reads within: a stamp that made a workbook too large would never verify.
   */
  private readable(bytes: Uint8Array): Uint8Array {
    const refusal = writtenSizeRefusal(bytes);
    if (refusal)
      throw new WorkbookReadError(
        this.io.name,
        message("error.xlsx.notWrittenPastLimit", { reason: refusal })
      );
    return bytes;
  }

  /** How the last write was made: "package" (the user's parts copied as stored) or "exceljs"; for tests. */
  get lastWrite(): "package" | "exceljs" | undefined {
    return this.writtenBy;
  }

  /**
   * The workbook with these sheets added or replaced by editing its package (editXlsxPackage), or undefined
   * where that cannot be done safely, for the ExcelJS path to write it: a package the streaming reader does not
   * read whole (it then holds nothing past a limit that would be copied), or one the editor does not edit.
   */
  private async edited(
    sheets: readonly SheetSpec[],
    veryHidden: readonly string[] | undefined
  ): Promise<Uint8Array | undefined> {
    const bytes = await this.bytes();
    try {
      if (!this.streamed) {
        await readTableSnapshot(this.io.name, bytes);
        this.streamed = true;
      }
      return await editXlsxPackage(this.io.name, bytes, sheets, veryHidden);
    } catch (error) {
      if (error instanceof NotStreamable || error instanceof PackageNotEditable) return undefined;
      throw error;
    }
  }

  private async workbook(): Promise<ExcelJS.Workbook> {
    if (!this.loaded) this.loaded = await loadXlsx(this.io.name, await this.bytes());
    return this.loaded;
  }

  private bytes(): Promise<Uint8Array> {
    this.source ??= this.io.read();
    return this.source;
  }

  private async save(
    wb: ExcelJS.Workbook,
    deferred: DeferredValidations = new Map(),
    checked = false
  ): Promise<void> {
    this.writtenBy = "exceljs";
    const bytes = await withValidations(
      new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer),
      deferred
    );
    await this.io.write(checked ? this.readable(bytes) : bytes);
  }
}

/** Bytes held in memory, as the task pane holds a file the user picked and the copy it offers to download. */
export class MemoryXlsxIo implements XlsxBytesIo {
  private last: Uint8Array | undefined;

  constructor(
    readonly name: string,
    private readonly source?: Uint8Array
  ) {}

  async read(): Promise<Uint8Array> {
    if (!this.source) throw new Error(`${this.name}: there is no workbook to read`);
    return this.source;
  }

  async write(bytes: Uint8Array): Promise<void> {
    this.last = bytes;
  }

  /** The bytes of the last write, or undefined when nothing was written. */
  get written(): Uint8Array | undefined {
    return this.last;
  }
}

/** A file that cannot be read as a workbook at all (not a zip, encrypted, corrupt, past a limit). */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    reason: string
  ) {
    super(`${file}: ${reason}`);
    this.name = "WorkbookReadError";
  }
}

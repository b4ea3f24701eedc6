import { message, render, translatorFor, type Message } from "../../core/i18n";

/**
 * A file that cannot be read as a workbook at all (not a zip, encrypted, corrupt, past a limit). Its message is
 * the English sentence `file: reason`; `said` is the same as a keyed message, for a front end to say in its
 * reader's language.
 */
export class WorkbookReadError extends Error {
  readonly said: Message;
  constructor(
    readonly file: string,
    readonly reason: Message
  ) {
    const said = message("error.inFile", { file, reason });
    super(render(translatorFor("en"), said));
    this.said = said;
    this.name = "WorkbookReadError";
  }
}

/** Where the limits of a workbook are documented, named in the refusals of a workbook past one. */
export const LIMITS_DOC = "docs/limits.md";

/**
 * How a message names a part of a package: its sheet where it is a worksheet (`its sheet "A KPIs" (xl/...)`),
 * else the part itself; `bare` without "its", where the sentence reads "reached on sheet ...".
 */
export const partMessage = (
  part: string,
  sheet: string | undefined,
  form: "its" | "bare" = "its"
): Message =>
  sheet === undefined
    ? message(form === "its" ? "error.xlsx.part" : "error.xlsx.partBare", { part })
    : message(form === "its" ? "error.xlsx.partOfSheet" : "error.xlsx.partOfSheetBare", {
        sheet,
        part,
      });

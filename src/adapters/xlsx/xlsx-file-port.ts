import { promises as fs } from "node:fs";
import { writeFileAtomic } from "./atomic-file";
import { fileSizeRefusal } from "./check-xlsx-package";
import { message } from "../../core/i18n";
import { WorkbookReadError } from "./read-xlsx";
import { XlsxBytesPort } from "./xlsx-bytes-port";

export interface XlsxFileOptions {
  /** Where writes go; the file itself when absent. */
  readonly saveTo?: string;
  /** Replace `saveTo` if it exists. */
  readonly force: boolean;
  /** The name to use for the file in messages. */
  readonly displayName?: string;
}

const readFile = async (file: string, name: string): Promise<Uint8Array> => {
  try {
    // A file past the size limit is refused before it is read, whatever its size.
    const tooLarge = fileSizeRefusal((await fs.stat(file)).size);
    if (tooLarge) throw new WorkbookReadError(name, tooLarge);
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(
      name,
      code === "ENOENT"
        ? message("error.file.noSuchFile")
        : code === "EISDIR"
          ? message("error.file.isFolder")
          : message("error.file.cannotRead", { code: code ?? String(error) })
    );
  }
};

/** The WorkbookPort of one .xlsx file on disk (Node): reads it, and writes to it or to a copy, atomically. */
export class XlsxFilePort extends XlsxBytesPort {
  constructor(file: string, options: XlsxFileOptions) {
    const name = options.displayName ?? file;
    super({
      name,
      read: () => readFile(file, name),
      write: (bytes) => writeFileAtomic(options.saveTo ?? file, bytes, { force: options.force }),
    });
  }
}

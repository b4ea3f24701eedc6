import type { WorkbookPort } from "../../app";
import type { WorkbookSpec } from "../../core/layout";
import { writeFileAtomic } from "./atomic-file";
import { writeXlsx } from "./write-xlsx";

/** The WorkbookPort of one .xlsx file on disk (Node). */
export class XlsxFilePort implements WorkbookPort {
  constructor(
    private readonly file: string,
    private readonly options: { readonly force: boolean }
  ) {}

  async writeWorkbook(spec: WorkbookSpec): Promise<void> {
    await writeFileAtomic(this.file, await writeXlsx(spec), this.options);
  }
}

import type { Finding } from "../findings";
import type { Language } from "../format";
import type { Translator } from "../i18n";
import type { Snapshot } from "../snapshot";

/** What the table readers share: the snapshot read, and the structural findings met on the way. */
export interface ReadContext {
  readonly snapshot: Snapshot;
  /** Readers add a finding here for each missing sheet, table or column. */
  readonly findings: Finding[];
  /** The words the findings are written in: the language asked for, else the workbook's own. */
  readonly i18n: Translator;
  /** The workbook's own language, whose header texts a finding quotes (the ones an officer sees on the sheet). */
  readonly language: Language;
}

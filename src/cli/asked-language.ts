import type { Command } from "commander";
import { isLanguage, type Language } from "../core/format";

/**
 * The language `--lang` asks a written file to be in (the annex, the matrix sheets), or undefined when none is
 * asked for, or the pseudo-locale: such a command then writes in the workbook's own language.
 */
export const askedLanguage = (program: Command): Language | undefined => {
  const asked = program.opts<{ lang?: string }>().lang;
  return isLanguage(asked) ? asked : undefined;
};

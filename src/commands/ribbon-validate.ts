import { validateWorkbook, WorkbookPort } from "../app";
import type { Plan } from "../core/plan";
import { FINDINGS_SHEET } from "../core/format";

/** What the ribbon's Validate tells the officer: one sentence, and whether the Validation sheet now shows more. */
export interface RibbonOutcome {
  readonly text: string;
  readonly showSheet: boolean;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Validates the open workbook with highlights and a Validation sheet, and says what it found, in one sentence. */
export const ribbonValidate = async (
  port: WorkbookPort,
  plans: readonly Plan[],
  now: Date
): Promise<RibbonOutcome> => {
  const result = await validateWorkbook(port, (id) => plans.find((p) => p.id === id), {
    mark: true,
    now,
  });
  if (!result.ok)
    return {
      text: `This workbook ${result.errors.join(" ")}. Open the reporting workbook made by KPI Reporter and press Validate again.`,
      showSheet: false,
    };
  const { summary } = result.value;
  return {
    text:
      summary.errors + summary.warnings + summary.info === 0
        ? "No findings: the workbook is ready to submit."
        : `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${summary.info} info: see the ${FINDINGS_SHEET} sheet, whose links go to each cell.`,
    showSheet: true,
  };
};

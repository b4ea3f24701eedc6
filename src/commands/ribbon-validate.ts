import { addinWording } from "../addin";
import { validateWorkbook, WorkbookPort } from "../app";
import type { PlanFinder } from "../core/plan";
import { FINDINGS_SHEET } from "../core/layout";

/** What the ribbon's Validate tells the officer: one sentence, and whether the Validation sheet now shows more. */
export interface RibbonOutcome {
  readonly text: string;
  readonly showSheet: boolean;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Validates the open workbook with highlights and a Validation sheet, and says what it found, in one sentence.
 * `findPlan` should be able to list its plans (`all`), so that a workbook whose metadata was lost is still recognised.
 */
export const ribbonValidate = async (
  port: WorkbookPort,
  findPlan: PlanFinder,
  now: Date
): Promise<RibbonOutcome> => {
  const result = await validateWorkbook(port, findPlan, {
    mark: true,
    now,
  });
  if (!result.ok)
    return {
      text: addinWording(
        `This workbook ${result.errors.join(" ")}. Open the reporting workbook made by KPI Reporter and press Validate again.`
      ),
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

import { addinWording } from "../addin";
import { validateWorkbook, WorkbookPort } from "../app";
import { presentFindings, say } from "../app/present";
import type { PlanFinder } from "../core/plan";
import { render, type Translator } from "../core/i18n";
import { findingsSheetName } from "../core/format";

/** What the ribbon's Validate tells the officer: one sentence, and whether the Validation sheet now shows more. */
export interface RibbonOutcome {
  readonly text: string;
  readonly showSheet: boolean;
  /** The findings sheet's name, in the language it was written in, where there is one to show. */
  readonly sheet?: string;
}

/**
 * Validates the open workbook with highlights and a Validation sheet, and says what it found, in one sentence in
 * the translator's language (Office's display language).
 * `findPlan` should be able to list its plans (`all`), so that a workbook whose metadata was lost is still recognised.
 */
export const ribbonValidate = async (
  port: WorkbookPort,
  findPlan: PlanFinder,
  now: Date,
  t: Translator
): Promise<RibbonOutcome> => {
  // The findings and their sheet in Office's display language, whatever the workbook's own.
  const result = await validateWorkbook(port, findPlan, { mark: true, now, translator: () => t });
  const sheet = findingsSheetName(t.language === "qps-ploc" ? "en" : t.language);
  if (!result.ok)
    return {
      text: addinWording(
        t.t("pane.ribbon.refused", { problem: result.errors.map((e) => render(t, e)).join(" ") }),
        t
      ),
      showSheet: false,
    };
  const view = presentFindings(result.value, {}, t);
  return {
    text: view.none ?? say("findings.ribbon", { summary: view.summary, sheet }, t),
    showSheet: true,
    sheet,
  };
};

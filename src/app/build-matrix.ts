import { buildAmountMatrixSheets, buildGoalMatrix, buildMatrixSheets } from "../core/matrix";
import type { Language } from "../core/format";
import type { PlanFinder } from "../core/plan";
import { shownMetadataSheets } from "../core/report";
import { rollUpResources } from "../core/resources";
import { ok, Result } from "../core/result";
import { openReport } from "./open-report";
import type { WorkbookPort } from "./workbook-port";

export interface MatrixSummary {
  readonly planId: string;
  readonly sheets: readonly string[];
  readonly goals: number;
  readonly objectives: number;
  readonly outputs: number;
  /** Objectives linked to no goal, as "ITU-R Objective 2". */
  readonly objectivesWithoutGoal: readonly string[];
  /** Goals no objective is linked to, by label. */
  readonly goalsWithoutObjective: readonly string[];
}

/**
 * Rebuilds the matrix sheets (Part II matrix, outputs by goal) of a reporting workbook from its own links,
 * replacing only those sheets. Their words are in `language`, else in the workbook's own (its `_kpi_meta`
 * language, else English). Fails, with one sentence, when the file is no reporting workbook.
 */
export const buildMatrix = async (
  port: WorkbookPort,
  findPlan: PlanFinder,
  options: { readonly language?: Language } = {}
): Promise<Result<MatrixSummary, string>> => {
  const opened = await openReport(port, findPlan);
  if (!opened.ok) return opened;
  const parsed = opened.value;
  const { snapshot } = parsed;
  const matrix = buildGoalMatrix(parsed.report);
  const language = options.language ?? parsed.report.meta.language ?? "en";
  // A workbook made before resources has no Resources tables, and no matrix in amounts.
  const hasResources = parsed.report.sectors.some((s) => s.outputResources);
  const sheets = [
    ...buildMatrixSheets(matrix, parsed.plan, language),
    ...(hasResources
      ? buildAmountMatrixSheets(
          parsed.plan,
          rollUpResources(parsed.report, parsed.plan),
          parsed.report.meta.period,
          language
        )
      : []),
  ];
  await port.replaceSheets(sheets, { veryHidden: shownMetadataSheets(snapshot) });
  return ok({
    planId: parsed.plan.id,
    sheets: sheets.map((s) => s.name),
    goals: matrix.goals.length,
    objectives: matrix.objectives.length,
    outputs: matrix.outputs.length,
    objectivesWithoutGoal: matrix.objectives
      .filter((o) => !o.links.some(Boolean))
      .map((o) => `${o.sector} ${o.objective}`),
    goalsWithoutObjective: matrix.goals
      .filter((_, i) => matrix.objectivesPerGoal[i] === 0)
      .map((g) => g.label),
  });
};

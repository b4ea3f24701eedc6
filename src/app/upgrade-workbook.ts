import type { Language } from "../core/format";
import type { Plan, PlanFinder } from "../core/plan";
import { shownMetadataSheets } from "../core/report";
import { ok, Result } from "../core/result";
import {
  buildNotPlacedSheet,
  buildUpgradedWorkbook,
  NOT_PLACED_TABLE,
  NotPlaced,
} from "../core/upgrade";
import { openReport } from "./open-report";
import type { WorkbookPort } from "./workbook-port";

/** What an upgrade did: from which plan version to which, how many values it placed, and what it could not. */
export interface UpgradeOutcome {
  readonly planId: string;
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly period: number;
  readonly sectors: readonly string[];
  /** Values put back in place: KPI entries, link marks, cells of the user's own beside our tables. */
  readonly placed: number;
  /** Each value with no place in the upgraded workbook; also listed on its "Not placed" sheet. */
  readonly notPlaced: readonly NotPlaced[];
  /** The name of the sheet that lists them ("Not placed" in English), where there is any. */
  readonly notPlacedSheet?: string;
  /** The sheets written (the reporting sheets, and "Not placed" when something was not placed). */
  readonly sheets: readonly string[];
}

/**
 * Rebuilds the reporting sheets of a filled workbook from the current version of its plan (or `plan`), keeping
 * every value by stable id, through `port.replaceSheets` so every other sheet (the user's own, Validation,
 * matrix, stamp) stays as it was; lists what it could not place on a "Not placed" sheet. Also what Insert does on
 * a workbook that already holds a reporting workbook. Fails, with one sentence, when it is no reporting workbook.
 */
export const upgradeWorkbook = async (
  port: WorkbookPort,
  findPlan: PlanFinder,
  options: {
    readonly plan?: Plan;
    readonly now: Date;
    readonly generator: string;
    /** The language of the rebuilt sheets and the Not placed sheet; the workbook's own by default. */
    readonly language?: Language;
  }
): Promise<Result<UpgradeOutcome, string>> => {
  const given = options.plan;
  const opened = await openReport(port, given ? () => given : findPlan, { outsideTables: true });
  if (!opened.ok) return opened;
  const { snapshot, report, plan } = opened.value;
  // A port that cannot read them would let the rebuilt sheets drop the user's own cells silently.
  if (!snapshot.cells)
    throw new Error("the workbook port did not read the cells outside the tables");
  const language = options.language ?? report.meta.language ?? "en";
  const { spec, carried } = buildUpgradedWorkbook(snapshot, report, plan, {
    createdAt: options.now.toISOString(),
    generator: options.generator,
    language,
  });
  const notPlaced =
    carried.notPlaced.length > 0
      ? buildNotPlacedSheet(
          carried.notPlaced,
          snapshot.tables.find((t) => t.name === NOT_PLACED_TABLE),
          { at: options.now.toISOString(), plan: `${plan.id} ${plan.version}` },
          language
        )
      : undefined;
  const sheets = [...spec.sheets, ...(notPlaced ? [notPlaced] : [])];
  await port.replaceSheets(sheets, { veryHidden: shownMetadataSheets(snapshot) });
  return ok({
    planId: plan.id,
    fromVersion: report.meta.planVersion,
    toVersion: plan.version,
    period: report.meta.period,
    sectors: report.meta.sectors,
    placed: carried.placed,
    notPlaced: carried.notPlaced,
    ...(notPlaced ? { notPlacedSheet: notPlaced.name } : {}),
    sheets: sheets.map((s) => s.name),
  });
};

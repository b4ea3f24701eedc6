import { metaSheet } from "../core/layout";
import { WORKBOOK_FORMAT } from "../core/format";
import type { PlanFinder } from "../core/plan";
import { ok, Result } from "../core/result";
import { openReport } from "./open-report";
import type { WorkbookPort } from "./workbook-port";

export interface RepairSummary {
  /** False when the metadata was sound and nothing was written. */
  readonly repaired: boolean;
  readonly planId: string;
  readonly planVersion: string;
  readonly period: number;
  readonly sectors: readonly string[];
}

/**
 * Writes back the metadata sheet of a reporting workbook that lost it (or whose metadata is broken), as
 * recognised from its own tables, replacing only that sheet; leaves a sound workbook as it is. Fails, with one
 * sentence, when the workbook cannot be recognised.
 */
export const repairMetadata = async (
  port: WorkbookPort,
  findPlan: PlanFinder,
  options: { readonly now: Date; readonly generator: string }
): Promise<Result<RepairSummary, string>> => {
  const opened = await openReport(port, findPlan);
  if (!opened.ok) return opened;
  const parsed = opened.value;
  const { meta } = parsed.report;
  if (parsed.metadataRebuilt)
    await port.replaceSheets([
      metaSheet({
        format: WORKBOOK_FORMAT,
        formatVersion: meta.formatVersion,
        planId: parsed.plan.id,
        planVersion: meta.planVersion,
        planTitle: parsed.plan.title,
        period: meta.period,
        sectors: meta.sectors,
        createdAt: options.now.toISOString(),
        generator: options.generator,
      }),
    ]);
  return ok({
    repaired: parsed.metadataRebuilt,
    planId: meta.planId,
    planVersion: meta.planVersion,
    period: meta.period,
    sectors: meta.sectors,
  });
};

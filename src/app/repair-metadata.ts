import { metaSheet } from "../core/layout";
import { WORKBOOK_FORMAT } from "../core/format";
import type { PlanFinder } from "../core/plan";
import { ReportMeta, shownMetadataSheets } from "../core/report";
import { ok, Result } from "../core/result";
import { openReport } from "./open-report";
import type { WorkbookPort } from "./workbook-port";

/** What the workbook was recognised as (its plan, version, year and sectors), and what the repair did. */
export interface RepairSummary extends Pick<
  ReportMeta,
  "planId" | "planVersion" | "period" | "sectors"
> {
  /** False when the metadata was sound and nothing was written. */
  readonly repaired: boolean;
  /** The record sheets (_kpi_meta, _kpi_stamp) that were no longer very hidden and were hidden again. */
  readonly hidden: readonly string[];
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
  const { snapshot } = parsed;
  const { meta } = parsed.report;
  const hidden = shownMetadataSheets(snapshot);
  if (parsed.metadataRebuilt)
    await port.replaceSheets(
      [
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
          ...(meta.language === undefined ? {} : { language: meta.language }),
        }),
      ],
      { veryHidden: hidden }
    );
  else if (hidden.length > 0) await port.replaceSheets([], { veryHidden: hidden });
  const { planId, planVersion, period, sectors } = meta;
  return ok({ repaired: parsed.metadataRebuilt, hidden, planId, planVersion, period, sectors });
};

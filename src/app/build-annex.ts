import { buildAnnexSheets, kpiPeriodValues, MISSING_KPI } from "../core/annex";
import type { PlanFinder } from "../core/plan";
import { ok, Result } from "../core/result";
import { STATUSES } from "../core/status";
import type { Status } from "../core/status";
import { openReport } from "./open-report";
import type { WorkbookPort } from "./workbook-port";

export interface AnnexSummary {
  readonly planId: string;
  readonly period: number;
  readonly sheets: readonly string[];
  readonly kpis: number;
  /** KPIs per status, in STATUSES order. */
  readonly statuses: readonly { readonly status: Status; readonly count: number }[];
}

/**
 * Reads a reporting workbook and writes the Council annex (status summary, Tables X.1 and X.2 per sector,
 * Table 8.1) as a new workbook through the target port. Fails, with one sentence, when the source is no
 * reporting workbook.
 */
export const buildAnnex = async (
  source: WorkbookPort,
  target: WorkbookPort,
  findPlan: PlanFinder,
  options: { readonly now: Date }
): Promise<Result<AnnexSummary, string>> => {
  const opened = await openReport(source, findPlan);
  if (!opened.ok) return opened;
  const { report, plan } = opened.value;
  const sheets = buildAnnexSheets(report, plan, { generatedAt: options.now.toISOString() });
  await target.writeWorkbook({
    sheets,
    properties: {
      title: `Council annex ${report.meta.period}: ${plan.title}`,
      subject: `${plan.id} ${report.meta.sectors.join(", ")}`,
    },
  });
  const values = kpiPeriodValues(report, plan);
  const statuses = plan.sectors
    .filter((s) => report.meta.sectors.includes(s.id))
    .flatMap((s) => s.results.flatMap((r) => r.kpis))
    .map((k) => (values.get(k.id) ?? MISSING_KPI).status);
  return ok({
    planId: plan.id,
    period: report.meta.period,
    sheets: sheets.map((s) => s.name),
    kpis: statuses.length,
    statuses: STATUSES.map((status) => ({
      status,
      count: statuses.filter((s) => s === status).length,
    })),
  });
};

import { buildAnnexSheets, kpiPeriodValues, markDraft, MISSING_KPI } from "../core/annex";
import type { Language } from "../core/format";
import { translatorFor } from "../core/i18n";
import type { PlanFinder } from "../core/plan";
import { ok, Result } from "../core/result";
import { checkReport, ValidationOutcome } from "./check-report";
import { STATUSES } from "../core/status";
import type { Status } from "../core/status";
import { openReport } from "./open-report";
import type { WorkbookPort } from "./workbook-port";

export interface AnnexSummary {
  readonly planId: string;
  readonly period: number;
  /** The language the annex is written in. */
  readonly language: Language;
  readonly sheets: readonly string[];
  readonly kpis: number;
  /** KPIs per status, in STATUSES order. */
  readonly statuses: readonly { readonly status: Status; readonly count: number }[];
  /** Written from a workbook with validation errors (asked for with `draft`): every sheet says DRAFT. */
  readonly draft: boolean;
  /** What validation found in the workbook it was made from. */
  readonly validation: ValidationOutcome;
}

/** What generating the annex did: wrote it, or refused because validation found errors (nothing written). */
export type AnnexOutcome =
  | (AnnexSummary & { readonly written: true })
  | { readonly written: false; readonly validation: ValidationOutcome };

/**
 * Reads a reporting workbook, validates it, and writes the Council annex (status summary, Tables X.1 and X.2
 * per sector, Table 8.1) as a new workbook through the target port. A workbook with validation errors gets no
 * annex (nothing written) unless `draft`, which writes it with DRAFT_MARK in every sheet's title and footer.
 * The annex is written in `language`, else in the workbook's own (its `_kpi_meta` language, else English).
 * Fails, with one sentence, when the source is no reporting workbook.
 */
export const buildAnnex = async (
  source: WorkbookPort,
  target: WorkbookPort,
  findPlan: PlanFinder,
  options: { readonly now: Date; readonly draft?: boolean; readonly language?: Language }
): Promise<Result<AnnexOutcome, string>> => {
  const opened = await openReport(source, findPlan);
  if (!opened.ok) return opened;
  const { report, plan } = opened.value;
  // The same checks as validate: an annex goes to the Council only from a workbook without errors.
  const validation = checkReport(opened.value);
  const draft = validation.summary.errors > 0;
  if (draft && options.draft !== true) return ok({ written: false, validation });
  const language = options.language ?? report.meta.language ?? "en";
  const annex = buildAnnexSheets(report, plan, {
    generatedAt: options.now.toISOString(),
    language,
  });
  const sheets = draft ? markDraft(annex, language) : annex;
  await target.writeWorkbook({
    sheets,
    properties: {
      title: translatorFor(language).t("annex.documentTitle", {
        draft: draft ? "yes" : "no",
        period: String(report.meta.period),
        title: plan.title,
      }),
      subject: `${plan.id} ${report.meta.sectors.join(", ")}`,
    },
  });
  const values = kpiPeriodValues(report, plan);
  const statuses = plan.sectors
    .filter((s) => report.meta.sectors.includes(s.id))
    .flatMap((s) => s.results.flatMap((r) => r.kpis))
    .map((k) => (values.get(k.id) ?? MISSING_KPI).status);
  return ok({
    written: true,
    draft,
    validation,
    planId: plan.id,
    period: report.meta.period,
    language,
    sheets: sheets.map((s) => s.name),
    kpis: statuses.length,
    statuses: STATUSES.map((status) => ({
      status,
      count: statuses.filter((s) => s === status).length,
    })),
  });
};

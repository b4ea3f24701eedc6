import { headerText, labelsIn, type Language } from "../format";
import { translatorFor } from "../i18n";
import type { CellValue } from "../layout";
import type { Sector } from "../plan";
import { MISSING_KPI, PeriodValues } from "./kpi-period-values";
import type { AnnexKpi } from "./objective-kpis";
import { objectiveLabel } from "./objective-label";

/**
 * The header of Table X.2 in the annex: the source's four columns, then the reporting year's values, in a
 * language (the year's columns as the workbook of that language heads them).
 */
export const resultsTableHeader = (period: number, language: Language = "en"): string[] => {
  const { t } = translatorFor(language);
  return [
    t("annex.header.objectives"),
    t("annex.header.outputs"),
    t("annex.header.expectedResults"),
    t("annex.header.kpis"),
    headerText("target", language, period),
    headerText("actual", language, period),
    headerText("status", language, period),
  ];
};

/** A list cell as the plan's Table X.2 prints it: one bulleted line per item. */
const bullets = (items: readonly string[]): string | null =>
  items.length === 0 ? null : items.map((item) => `• ${item}`).join("\n");

/**
 * Table X.2 as rows, header excluded, shaped as the plan's own: one block per objective whose first row holds the
 * objective, its outputs and its expected results as the source's cells do (one bulleted list each), and its
 * first KPI; each further KPI a row of its own, beside its target, actual and status for the year. Every row of
 * a block names its objective, so that a page that starts inside a block still says whose KPIs it shows.
 */
export const resultsTableRows = (
  sector: Sector,
  values: ReadonlyMap<string, PeriodValues>,
  kpis: ReadonlyMap<string, readonly AnnexKpi[]> = new Map(
    sector.results.map((r) => [r.objective, r.kpis])
  ),
  language: Language = "en"
): CellValue[][] => {
  const { t } = translatorFor(language);
  const statuses = labelsIn("status", language);
  return sector.results.flatMap((result) => {
    const objective = sector.objectives.find((o) => o.id === result.objective);
    const continued = objective
      ? t("annex.continued", { objective: objectiveLabel(objective) })
      : null;
    const listed = kpis.get(result.objective) ?? [];
    return Array.from({ length: Math.max(1, listed.length) }, (_, i): CellValue[] => {
      const kpi = listed[i];
      const v = kpi ? (values.get(kpi.id) ?? MISSING_KPI) : undefined;
      return [
        i === 0 ? result.objectiveText : continued,
        i === 0 ? bullets(result.outputs) : null,
        i === 0 ? bullets(result.expectedResults.map((r) => r.text)) : null,
        kpi?.text ?? null,
        v?.target ?? null,
        v?.actual ?? null,
        v ? statuses[v.status] : null,
      ];
    });
  });
};

/**
 * The KPIs of a sector whose plan has no Table X.2 (the 2008-2011 plan's), officer-defined: per objective, each KPI
 * with its target, actual and status for the year; every row names its objective.
 */
export const sectorKpiTableRows = (
  sector: Sector,
  values: ReadonlyMap<string, PeriodValues>,
  kpis: ReadonlyMap<string, readonly AnnexKpi[]>,
  language: Language = "en"
): CellValue[][] => {
  const statuses = labelsIn("status", language);
  return sector.objectives.flatMap((objective) =>
    (kpis.get(objective.id) ?? []).map((kpi): CellValue[] => {
      const v = values.get(kpi.id) ?? MISSING_KPI;
      return [objectiveLabel(objective), kpi.text, v.target, v.actual, statuses[v.status]];
    })
  );
};

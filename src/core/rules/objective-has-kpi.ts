import { finding } from "../findings";
import type { Rule } from "./rule";

/** An objective that no KPI measures. */
export const objectiveHasKpi: Rule = (report, { i18n }) =>
  report.sectors.flatMap((sector) => {
    if (!sector.objectives || !sector.kpis) return [];
    const measured = new Set(sector.kpis.map((k) => String(k.objective.value ?? "").trim()));
    return sector.objectives
      .filter((o) => !measured.has(o.id))
      .map((o) =>
        finding(
          "objective-has-kpi",
          "warning",
          o.at,
          i18n.t("finding.objective-has-kpi.message", { label: o.label, id: o.id }),
          { sector: sector.id }
        )
      );
  });

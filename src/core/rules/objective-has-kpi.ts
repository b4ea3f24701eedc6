import { finding } from "../findings";
import type { Rule } from "./rule";

/** An objective that no KPI measures. */
export const objectiveHasKpi: Rule = (report) =>
  report.sectors.flatMap((sector) => {
    if (!sector.objectives || !sector.kpis) return [];
    const measured = new Set(sector.kpis.map((k) => String(k.objective.value ?? "").trim()));
    return sector.objectives
      .filter((o) => !measured.has(o.id))
      .map((o) =>
        finding("objective-has-kpi", "warning", o.at, `${o.label} (${o.id}) has no KPI`, {
          sector: sector.id,
        })
      );
  });

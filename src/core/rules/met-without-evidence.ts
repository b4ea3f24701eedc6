import { isEmptyCell } from "../snapshot";
import { finding } from "./finding";
import { allKpis, engineStatus } from "./kpi-cells";
import type { Rule } from "./rule";

/** A KPI whose reporting-year status is Met, with no evidence or comment to support it. */
export const metWithoutEvidence: Rule = (report, context) =>
  allKpis(report).flatMap(({ sector, kpi }) =>
    engineStatus(kpi, context) === "Met" && isEmptyCell(kpi.evidence.value)
      ? [finding("met-without-evidence", "error", kpi.evidence.at, `${kpi.id} is Met in ${context.period} but gives no evidence`, { sector: sector.id, fix: "Name the evidence in 'Evidence / comment': a document symbol, a link, or the source of the figure." })]
      : []
  );

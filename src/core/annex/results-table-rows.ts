import type { CellValue } from "../layout";
import type { Sector } from "../plan";
import { MISSING_KPI, PeriodValues } from "./kpi-period-values";

/** The header of Table X.2 in the annex: the source's four columns, then the reporting year's values. */
export const resultsTableHeader = (period: number): string[] => [
  "Objectives",
  "Outputs",
  "Expected results",
  "Key performance indicators",
  `Target ${period}`,
  `Actual ${period}`,
  `Status ${period}`,
];

/**
 * Table X.2 as rows, header excluded: per objective, in the source's order and wording, a block of rows whose
 * first holds the objective, and whose columns list its outputs, expected results and KPIs one per row (no
 * merged cells), each KPI beside its target, actual and status for the year.
 */
export const resultsTableRows = (
  sector: Sector,
  values: ReadonlyMap<string, PeriodValues>
): CellValue[][] =>
  sector.results.flatMap((result) => {
    const height = Math.max(
      1,
      result.outputs.length,
      result.expectedResults.length,
      result.kpis.length
    );
    return Array.from({ length: height }, (_, i): CellValue[] => {
      const kpi = result.kpis[i];
      const v = kpi ? (values.get(kpi.id) ?? MISSING_KPI) : undefined;
      return [
        i === 0 ? result.objectiveText : null,
        result.outputs[i] ?? null,
        result.expectedResults[i]?.text ?? null,
        kpi?.text ?? null,
        v?.target ?? null,
        v?.actual ?? null,
        v?.status ?? null,
      ];
    });
  });

import type { Plan } from "../plan";
import type { KpiRow, Report } from "../report";
import type { CellData } from "../snapshot";
import { computeStatus, Status } from "../status";

/** What the annex shows of a KPI for the reporting year. */
export interface PeriodValues {
  readonly target: string | number | boolean | null;
  readonly actual: string | number | boolean | null;
  readonly status: Status;
}

const shown = (value: CellData | undefined): string | number | boolean | null => {
  if (value === undefined || value === null) return null;
  if (typeof value === "object") return "error" in value ? value.error : value.date;
  return value;
};

const valuesOf = (row: KpiRow, period: number, plan: Plan): PeriodValues => {
  const year = row.years.find((y) => y.year === period);
  const target = year?.target.value ?? null;
  const actual = year?.actual.value ?? null;
  const status =
    row.measure === null || row.direction === null
      ? "Not assessable"
      : computeStatus(
          {
            measure: row.measure,
            direction: row.direction,
            baseline: row.baseline.value,
            target,
            actual,
            assessment: year?.assessment.value ?? null,
          },
          plan.reporting
        );
  return { target: shown(target), actual: shown(actual), status };
};

/**
 * Each KPI's target, actual and status for the workbook's reporting year, by KPI id, computed by the same
 * logic as the workbook's Status formula (so a file never opened in Excel still has its statuses).
 */
export const kpiPeriodValues = (report: Report, plan: Plan): Map<string, PeriodValues> =>
  new Map(
    report.sectors.flatMap((sector) =>
      (sector.kpis ?? []).map((row) => [row.id, valuesOf(row, report.meta.period, plan)] as const)
    )
  );

/** A KPI the workbook has no row for: nothing to show, so it cannot be assessed. */
export const MISSING_KPI: PeriodValues = { target: null, actual: null, status: "Not assessable" };

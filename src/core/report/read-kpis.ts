import { DIRECTION_LABELS, fromLabel, headerText, KPIS_FORMAT, MEASURE_LABELS } from "../format";
import { Sector, sectorKpis } from "../plan";
import { cellText } from "../snapshot";
import { locateTable } from "./locate-table";
import type { ReadContext } from "./read-context";
import type { Field, KpiRow, KpiYear, SectorReport } from "./report";
import { dataRows, field } from "./table-rows";

/** A sector's KPI rows and the year columns its table has. */
export type KpiTable = Pick<SectorReport, "kpis" | "yearHeaders">;

/**
 * A sector's KPI rows, each cell with its address, and the Target/Actual year columns found (any outside the plan
 * too); the rows are null where the table is missing or unusable. `period` is the reporting year, whose Status
 * column the rows carry.
 */
export const readKpis = (
  context: ReadContext,
  sectorId: string,
  planSector: Sector | undefined,
  period: number
): KpiTable => {
  const located = locateTable(context, KPIS_FORMAT, sectorId);
  if (!located) return { kpis: null, yearHeaders: [] };
  const { table: t, columns } = located;
  const cumulative = new Set(
    planSector
      ? sectorKpis(planSector)
          .filter((k) => k.cumulative)
          .map((k) => k.id)
      : []
  );
  // Column positions are looked up once per table, not once per cell: a KPI table may have 100,000 rows.
  const yearColumns = columns.years(["target", "actual"]).map((year) => ({
    year,
    target: columns.yearIndex("target", year),
    actual: columns.yearIndex("actual", year),
  }));
  const yearHeaders = yearColumns.map((y) => ({
    year: y.year,
    at: { sheet: t.sheet, cell: t.headerAddresses[y.target >= 0 ? y.target : y.actual] ?? null },
  }));
  const c = {
    id: columns.index("kpiId"),
    objective: columns.index("objectiveId"),
    output: columns.index("outputId"),
    text: columns.index("kpi"),
    measure: columns.index("measure"),
    direction: columns.index("direction"),
    unit: columns.index("unit"),
    baselineYear: columns.index("baselineYear"),
    baseline: columns.index("baseline"),
    dataNote: columns.index("dataNote"),
    evidence: columns.index("evidence"),
    status: columns.yearIndex("status", period),
  };
  const valueLabels = [
    headerText("baseline"),
    ...yearColumns.flatMap((y) => [
      headerText("target", undefined, y.year),
      headerText("actual", undefined, y.year),
    ]),
  ];
  const kpis = dataRows(t).map((row): KpiRow => {
    // Plain lookups by column position, no helper closure: this runs once for each of up to 100,000 rows.
    const id = field(t, row, c.id);
    const idText = cellText(id.value);
    const baseline = field(t, row, c.baseline);
    const years: KpiYear[] = new Array<KpiYear>(yearColumns.length);
    const valueFields: Field[] = new Array<Field>(1 + 2 * yearColumns.length);
    valueFields[0] = baseline;
    for (let i = 0; i < yearColumns.length; i++) {
      const y = yearColumns[i] as (typeof yearColumns)[number];
      const target = field(t, row, y.target);
      const actual = field(t, row, y.actual);
      years[i] = { year: y.year, target, actual };
      valueFields[1 + 2 * i] = target;
      valueFields[2 + 2 * i] = actual;
    }
    const measureCell = field(t, row, c.measure);
    const directionCell = field(t, row, c.direction);
    return {
      id: idText,
      at: id,
      objective: field(t, row, c.objective),
      output: field(t, row, c.output),
      text: cellText(field(t, row, c.text).value),
      measure: fromLabel(MEASURE_LABELS, measureCell.value) ?? null,
      measureCell,
      direction: fromLabel(DIRECTION_LABELS, directionCell.value) ?? null,
      directionCell,
      unit: cellText(field(t, row, c.unit).value),
      cumulative: cumulative.has(idText),
      baselineYear: field(t, row, c.baselineYear),
      baseline,
      years,
      valueFields,
      valueLabels,
      status: c.status >= 0 ? field(t, row, c.status) : null,
      dataNote: field(t, row, c.dataNote),
      evidence: field(t, row, c.evidence),
    };
  });
  return { kpis, yearHeaders };
};

import { canonicalWord, headerText, KPIS_FORMAT, labelCode, LabelSet } from "../format";
import { isOfficerKpiId, Sector, sectorKpis } from "../plan";
import { cellText, isEmptyCell } from "../snapshot";
import { locateTable } from "./locate-table";
import { yearColumns as checkYearColumns } from "./year-columns";
import type { ReadContext } from "./read-context";
import type { Field, KpiRow, KpiYear, SectorReport } from "./report";
import { dataRows, field } from "./table-rows";

/**
 * A cell holding a word of the workbook's dropdowns or formulas, in whichever of the six languages it was
 * written, with the word's canonical form as its value, so that every rule compares one form; any other cell as
 * it is (the same object).
 */
const word = (set: LabelSet, f: Field): Field => {
  if (typeof f.value !== "string") return f;
  const code = canonicalWord(set, f.value);
  return code.toLowerCase() === f.value.trim().toLowerCase() ? f : { ...f, value: code };
};
/**
 * An officer-defined KPI row left as the workbook gave it (id and objective only): there to be filled, not yet
 * a KPI, so no rule speaks of it and it is not stamped.
 */
const unusedOfficerRow = (row: KpiRow): boolean =>
  isOfficerKpiId(row.id) &&
  row.text === "" &&
  row.unit === "" &&
  isEmptyCell(row.measureCell.value) &&
  isEmptyCell(row.directionCell.value) &&
  isEmptyCell(row.baselineYear.value) &&
  row.valueFields.every((f) => isEmptyCell(f.value)) &&
  row.years.every((y) => isEmptyCell(y.assessment.value)) &&
  isEmptyCell(row.dataNote.value) &&
  isEmptyCell(row.evidence.value);

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
  period: number,
  planPeriod?: { readonly start: number; readonly end: number }
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
  const found = columns.years(["target", "actual"]).map((year) => ({
    year,
    target: columns.yearIndex("target", year),
    actual: columns.yearIndex("actual", year),
    assessment: columns.yearIndex("assessment", year),
  }));
  const yearHeaders = found.map((y) => ({
    year: y.year,
    at: { sheet: t.sheet, cell: t.headerAddresses[y.target >= 0 ? y.target : y.actual] ?? null },
  }));
  // Only the plan's years whose Target and Actual are both there once reach the rows: a renamed, deleted or
  // repeated year column is one finding at its header, and the rules that need its year skip it.
  const checked = planPeriod
    ? checkYearColumns(t, planPeriod, period, context)
    : { years: found, findings: [] };
  context.findings.push(...checked.findings);
  // The Assessment column of a year is optional (workbooks made before it have none): looked up beside the year's pair.
  const yearColumns = checked.years.map((y) => ({
    ...y,
    assessment: columns.yearIndex("assessment", y.year),
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
  // The value cells' names as the workbook's headers show them, for the findings to quote.
  const valueLabels = [
    headerText("baseline", context.language),
    ...yearColumns.flatMap((y) => [
      headerText("target", context.language, y.year),
      headerText("actual", context.language, y.year),
    ]),
  ];
  const kpis = dataRows(t)
    .map((row): KpiRow => {
      // Plain lookups by column position, no helper closure: this runs once for each of up to 100,000 rows.
      const id = field(t, row, c.id);
      const idText = cellText(id.value);
      const baseline = field(t, row, c.baseline);
      const years: KpiYear[] = new Array<KpiYear>(yearColumns.length);
      const valueFields: Field[] = new Array<Field>(1 + 2 * yearColumns.length);
      valueFields[0] = baseline;
      for (let i = 0; i < yearColumns.length; i++) {
        const y = yearColumns[i] as (typeof yearColumns)[number];
        const target = word("answer", field(t, row, y.target));
        const actual = word("answer", field(t, row, y.actual));
        years[i] = {
          year: y.year,
          target,
          actual,
          assessment: word("assessment", field(t, row, y.assessment)),
        };
        valueFields[1 + 2 * i] = target;
        valueFields[2 + 2 * i] = actual;
      }
      const measureCell = field(t, row, c.measure);
      const directionCell = field(t, row, c.direction);
      const textField = field(t, row, c.text);
      const unitField = field(t, row, c.unit);
      return {
        id: idText,
        at: id,
        objective: field(t, row, c.objective),
        output: field(t, row, c.output),
        text: cellText(textField.value),
        textField,
        unitField,
        measure: labelCode("measure", measureCell.value) ?? null,
        measureCell,
        direction: labelCode("direction", directionCell.value) ?? null,
        directionCell,
        unit: cellText(unitField.value),
        cumulative: cumulative.has(idText),
        baselineYear: field(t, row, c.baselineYear),
        baseline,
        years,
        valueFields,
        valueLabels,
        status: c.status >= 0 ? word("status", field(t, row, c.status)) : null,
        dataNote: word("dataNote", field(t, row, c.dataNote)),
        evidence: field(t, row, c.evidence),
      };
    })
    .filter((row) => !unusedOfficerRow(row));
  return { kpis, yearHeaders };
};

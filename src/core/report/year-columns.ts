import { actualHeader, progressHeader, statusHeader, targetHeader } from "../layout";
import type { Plan } from "../plan";
import { finding, Finding } from "../rules/finding";
import type { SnapshotTable } from "../snapshot";

const norm = (header: string): string => header.trim().replace(/\s+/g, " ").toLowerCase();
const YEAR_HEADER = /^(target|actual|progress|status) (\d{4})$/;

/** The KPI table's year columns as found: each usable year's Target and Actual, and what is wrong with the rest. */
export interface YearColumns {
  /** Years of the plan whose Target and Actual columns are both there, once each, with their column indexes. */
  readonly years: readonly {
    readonly year: number;
    readonly target: number;
    readonly actual: number;
  }[];
  /** One finding per missing, renamed or repeated year column, at its header cell. */
  readonly findings: readonly Finding[];
}

/**
 * Checks the KPI table's year columns against the plan: `Target <year>` and `Actual <year>` for each year of
 * the plan's period, `Progress <period>` and `Status <period>` for the reporting year. A column that is missing
 * (deleted, or renamed: the finding is then at the renamed header) or repeated gives one finding at its header
 * cell, and its year is left out of `years`, so the rules that need it skip it instead of flagging every row.
 * Years outside the plan's period are not read here (year-out-of-period reports them, once per year).
 */
export const yearColumns = (table: SnapshotTable, plan: Plan, period: number): YearColumns => {
  const headers = table.headers.map(norm);
  const at = (i: number): { sheet: string; cell: string | null } => ({
    sheet: table.sheet,
    cell: table.headerAddresses[i] ?? table.headerAddresses[0] ?? null,
  });
  const known = (h: string): boolean => YEAR_HEADER.test(h);
  const findings: Finding[] = [];
  const usable = new Set<string>();
  const expected: string[] = [];
  for (let y = plan.period.start; y <= plan.period.end; y++)
    expected.push(targetHeader(y), actualHeader(y));
  expected.push(progressHeader(period), statusHeader(period));
  const claimed = new Set<number>();
  for (const header of expected) {
    const found = headers.flatMap((h, i) => (h === norm(header) ? [i] : []));
    if (found.length === 1) {
      usable.add(header);
      continue;
    }
    if (found.length > 1) {
      findings.push(
        finding(
          "column-duplicate",
          "error",
          at(found[1] ?? 0),
          `Table ${table.name} has the column "${header}" ${found.length} times; its values are not read until one is left`,
          { fix: `Delete or rename the extra "${header}" column.` }
        )
      );
      continue;
    }
    // Renamed: a header that is no column of the format, naming the same kind and year ("Actual 2013 (provisional)").
    const [kind, year] = header.toLowerCase().split(" ");
    const renamed = headers.findIndex(
      (h, i) =>
        !claimed.has(i) &&
        !known(h) &&
        h.includes(kind ?? "") &&
        h.includes(year ?? "") &&
        h !== norm(header)
    );
    if (renamed >= 0) claimed.add(renamed);
    findings.push(
      finding(
        "column-missing",
        "error",
        at(renamed >= 0 ? renamed : 0),
        renamed >= 0
          ? `Table ${table.name} has no column "${header}": its header reads "${table.headers[renamed]?.trim() ?? ""}"`
          : `Table ${table.name} has no column "${header}"`,
        {
          fix: "Restore the column header exactly as it was; KPI Reporter finds columns by their header text.",
        }
      )
    );
  }
  const years: { year: number; target: number; actual: number }[] = [];
  for (let y = plan.period.start; y <= plan.period.end; y++)
    if (usable.has(targetHeader(y)) && usable.has(actualHeader(y)))
      years.push({
        year: y,
        target: headers.indexOf(norm(targetHeader(y))),
        actual: headers.indexOf(norm(actualHeader(y))),
      });
  return { years, findings };
};

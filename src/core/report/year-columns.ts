import { finding, Finding } from "../findings";
import { HeaderKey, headerText, Language, normalHeader, recogniseHeader } from "../format";
import type { Translator } from "../i18n";
import type { SnapshotTable } from "../snapshot";

const YEAR_KEYS: readonly HeaderKey[] = ["target", "actual", "progress", "status"];

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
export const yearColumns = (
  table: SnapshotTable,
  planPeriod: { readonly start: number; readonly end: number },
  period: number,
  words: { readonly i18n: Translator; readonly language: Language }
): YearColumns => {
  const { i18n, language } = words;
  const recognised = table.headers.map((h) => recogniseHeader(h, YEAR_KEYS));
  const at = (i: number): { sheet: string; cell: string | null } => ({
    sheet: table.sheet,
    cell: table.headerAddresses[i] ?? table.headerAddresses[0] ?? null,
  });
  const findings: Finding[] = [];
  const usable = new Map<string, number>();
  const expected: [HeaderKey, number][] = [];
  for (let y = planPeriod.start; y <= planPeriod.end; y++)
    expected.push(["target", y], ["actual", y]);
  expected.push(["progress", period], ["status", period]);
  const claimed = new Set<number>();
  for (const [key, year] of expected) {
    const header = headerText(key, language, year);
    const found = recognised.flatMap((r, i) => (r?.key === key && r.year === year ? [i] : []));
    if (found.length === 1) {
      usable.set(`${key} ${year}`, found[0] ?? -1);
      continue;
    }
    if (found.length > 1) {
      findings.push(
        finding(
          "column-duplicate",
          "error",
          at(found[1] ?? 0),
          i18n.t("finding.column-duplicate.message", {
            table: table.name,
            header,
            count: found.length,
          }),
          { fix: i18n.t("finding.column-duplicate.fixExtra", { header }) }
        )
      );
      continue;
    }
    // Renamed: a header that is no year column of the format, naming the same kind and year ("Actual 2013 (provisional)").
    const [word] = normalHeader(header).split(" ");
    const renamed = table.headers.findIndex(
      (h, i) =>
        !claimed.has(i) &&
        recognised[i] === undefined &&
        normalHeader(h).includes(word ?? "") &&
        h.includes(String(year))
    );
    if (renamed >= 0) claimed.add(renamed);
    findings.push(
      finding(
        "column-missing",
        "error",
        at(renamed >= 0 ? renamed : 0),
        renamed >= 0
          ? i18n.t("finding.column-missing.renamed", {
              table: table.name,
              header,
              found: table.headers[renamed]?.trim() ?? "",
            })
          : i18n.t("finding.column-missing.message", { table: table.name, columns: `"${header}"` })
      )
    );
  }
  const years: { year: number; target: number; actual: number }[] = [];
  for (let y = planPeriod.start; y <= planPeriod.end; y++) {
    const target = usable.get(`target ${y}`);
    const actual = usable.get(`actual ${y}`);
    if (target !== undefined && actual !== undefined) years.push({ year: y, target, actual });
  }
  return { years, findings };
};

import type { Translator } from "../i18n";
import type { Field, SectorReport } from "../report";

/** An entry cell of the resources tables with what to call it in a message ("Budget 2013 of ITU-R.out.3"). */
export interface ResourceCell {
  readonly sector: SectorReport;
  readonly field: Field;
  readonly name: string;
  readonly kind: "budget" | "expenditure" | "share";
}

/** Every entry cell of every sector's resources tables: budgets, expenditure and shares, named in a language. */
export const resourceCells = (
  sectors: readonly SectorReport[],
  i18n: Translator
): ResourceCell[] => {
  const named = (column: string, id: string): string => i18n.t("finding.cell.of", { column, id });
  return sectors.flatMap((sector) => [
    ...(sector.outputResources ?? []).flatMap((row) => [
      ...row.years.flatMap((y): ResourceCell[] => [
        {
          sector,
          field: y.budget,
          name: named(i18n.t("finding.column.budget", { year: y.year }), row.id),
          kind: "budget",
        },
        {
          sector,
          field: y.expenditure,
          name: named(i18n.t("finding.column.expenditure", { year: y.year }), row.id),
          kind: "expenditure",
        },
      ]),
      ...row.shares.map((s): ResourceCell => ({
        sector,
        field: s,
        name: named(i18n.t("finding.column.share", { label: s.label }), row.id),
        kind: "share",
      })),
    ]),
    ...(sector.objectiveResources ?? []).flatMap((row) =>
      row.shares.map((s): ResourceCell => ({
        sector,
        field: s,
        name: named(i18n.t("finding.column.share", { label: s.label }), row.id),
        kind: "share",
      }))
    ),
  ]);
};

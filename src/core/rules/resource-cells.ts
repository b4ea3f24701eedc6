import type { Field, SectorReport } from "../report";

/** An entry cell of the resources tables with what to call it in a message ("Budget 2013 of ITU-R.out.3"). */
export interface ResourceCell {
  readonly sector: SectorReport;
  readonly field: Field;
  readonly name: string;
  readonly kind: "budget" | "expenditure" | "share";
}

/** Every entry cell of every sector's resources tables: budgets, expenditure and shares. */
export const resourceCells = (sectors: readonly SectorReport[]): ResourceCell[] =>
  sectors.flatMap((sector) => [
    ...(sector.outputResources ?? []).flatMap((row) => [
      ...row.years.flatMap((y): ResourceCell[] => [
        { sector, field: y.budget, name: `Budget ${y.year} of ${row.id}`, kind: "budget" },
        {
          sector,
          field: y.expenditure,
          name: `Expenditure ${y.year} of ${row.id}`,
          kind: "expenditure",
        },
      ]),
      ...row.shares.map((s): ResourceCell => ({
        sector,
        field: s,
        name: `Share ${s.label} of ${row.id}`,
        kind: "share",
      })),
    ]),
    ...(sector.objectiveResources ?? []).flatMap((row) =>
      row.shares.map((s): ResourceCell => ({
        sector,
        field: s,
        name: `Share ${s.label} of ${row.id}`,
        kind: "share",
      }))
    ),
  ]);

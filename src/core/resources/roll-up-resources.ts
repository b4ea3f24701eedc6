import { planYears, type Plan } from "../plan";
import { isLinked, type LinkCell, type Report, type SectorReport } from "../report";
import { allocate, labelKey } from "./allocate";
import { addMoney, amountOf, Money, NO_MONEY } from "./money";

/** A line of the roll-up: an output, objective, sector or goal, with its money per year of the plan. */
export interface RolledUpLine {
  readonly id: string;
  readonly label: string;
  /** The sector it belongs to; null for a goal. */
  readonly sector: string | null;
  /** Per year of `ResourceRollup.years`, in that order. */
  readonly byYear: readonly Money[];
}

export interface OutputLine extends RolledUpLine {
  readonly at: { readonly sheet: string; readonly cell: string | null };
  /** The share of the output's money that each objective receives, by objective id. */
  readonly toObjectives: ReadonlyMap<string, number>;
  /** The share of its money that reaches a goal through its objectives (1 = all of it, 0 = none). */
  readonly reachingGoal: number;
}

export interface ObjectiveLine extends RolledUpLine {
  /** The share of the objective's money that each goal receives, by goal id. */
  readonly toGoals: ReadonlyMap<string, number>;
}

/** Money rolled up through the workbook's own links: outputs to objectives, objectives to goals. */
export interface ResourceRollup {
  readonly years: readonly number[];
  readonly currency: string | null;
  readonly outputs: readonly OutputLine[];
  readonly objectives: readonly ObjectiveLine[];
  readonly sectors: readonly RolledUpLine[];
  readonly goals: readonly RolledUpLine[];
}

/** The money of a line in a year (nothing for a year outside the roll-up). */
export const moneyIn = (
  rollup: Pick<ResourceRollup, "years">,
  line: RolledUpLine,
  year: number
): Money => line.byYear[rollup.years.indexOf(year)] ?? NO_MONEY;

/** The label keys a row is linked to, and how many link cells it marks, over every row with that id. */
const linksOf = (
  rows: readonly { readonly id: string; readonly cells: readonly LinkCell[] }[],
  id: string
): { linked: Set<string>; count: number } => {
  const linked = new Set<string>();
  let count = 0;
  for (const row of rows) {
    if (row.id !== id) continue;
    for (const cell of row.cells) {
      if (!isLinked(cell)) continue;
      linked.add(labelKey(cell.column));
      count++;
    }
  }
  return { linked, count };
};

const sum = (
  lines: readonly RolledUpLine[],
  years: number,
  weight: (line: RolledUpLine) => number
) =>
  Array.from({ length: years }, (_, y) =>
    lines.reduce(
      (total, line) => addMoney(total, line.byYear[y] ?? NO_MONEY, weight(line)),
      NO_MONEY
    )
  );

const rollUpSector = (
  sector: SectorReport,
  years: readonly number[],
  goalIdOfLabel: ReadonlyMap<string, string>
): { outputs: OutputLine[]; objectives: ObjectiveLine[] } => {
  const objectives = sector.objectives ?? [];
  const objectiveIdOfLabel = new Map(objectives.map((o) => [labelKey(o.label), o.id]));
  const outputRows = (sector.outputs ?? []).map((o) => ({ id: o.id, cells: o.objectives }));
  const objectiveRows = objectives.map((o) => ({ id: o.id, cells: o.goals }));

  const goalShare = new Map<string, Map<string, number>>();
  for (const objective of objectives) {
    if (goalShare.has(objective.id)) continue;
    const { linked, count } = linksOf(objectiveRows, objective.id);
    const row = sector.objectiveResources?.find((r) => r.id === objective.id);
    const byLabel = allocate(linked, count, row?.shares ?? []);
    goalShare.set(
      objective.id,
      new Map(
        [...byLabel].flatMap(([label, share]) => {
          const goal = goalIdOfLabel.get(label);
          return goal ? [[goal, share] as const] : [];
        })
      )
    );
  }
  const reachesGoal = (objectiveId: string): number =>
    [...(goalShare.get(objectiveId)?.values() ?? [])].reduce((a, b) => a + b, 0);

  const outputs = (sector.outputResources ?? []).map((row): OutputLine => {
    const { linked, count } = linksOf(outputRows, row.id);
    const byLabel = allocate(linked, count, row.shares);
    const toObjectives = new Map<string, number>();
    for (const [label, share] of byLabel) {
      const objective = objectiveIdOfLabel.get(label);
      if (objective) toObjectives.set(objective, (toObjectives.get(objective) ?? 0) + share);
    }
    const name = sector.outputs?.find((o) => o.id === row.id)?.name ?? row.id;
    return {
      id: row.id,
      label: name,
      sector: sector.id,
      at: row.at,
      byYear: years.map((year) => {
        const cells = row.years.find((y) => y.year === year);
        return cells
          ? { budget: amountOf(cells.budget.value), expenditure: amountOf(cells.expenditure.value) }
          : NO_MONEY;
      }),
      toObjectives,
      reachingGoal: [...toObjectives].reduce(
        (total, [objective, share]) => total + share * reachesGoal(objective),
        0
      ),
    };
  });

  const seen = new Set<string>();
  const objectiveLines = objectives.flatMap((objective): ObjectiveLine[] => {
    if (seen.has(objective.id)) return [];
    seen.add(objective.id);
    return [
      {
        id: objective.id,
        label: objective.label,
        sector: sector.id,
        byYear: sum(
          outputs,
          years.length,
          (o) => (o as OutputLine).toObjectives.get(objective.id) ?? 0
        ),
        toGoals: goalShare.get(objective.id) ?? new Map(),
      },
    ];
  });
  return { outputs, objectives: objectiveLines };
};

/**
 * The resources roll-up of a report: each output's budget and expenditure per year split over its objectives
 * (equally, or by the officer's shares), each objective's over its goals, and totals per sector and goal. The
 * same figures as the workbook's formulas (docs/workbook-format.md, "Resources"); money on an output that
 * reaches no goal stays in its sector's total and in no goal's.
 */
export const rollUpResources = (report: Report, plan: Plan): ResourceRollup => {
  const years = planYears(plan);
  const goalRows = report.goals ?? plan.goals.map((g) => ({ id: g.id, label: g.label }));
  const goalIdOfLabel = new Map(goalRows.map((g) => [labelKey(g.label), g.id]));
  const perSector = report.sectors.map((sector) => ({
    sector,
    ...rollUpSector(sector, years, goalIdOfLabel),
  }));
  const outputs = perSector.flatMap((s) => s.outputs);
  const objectives = perSector.flatMap((s) => s.objectives);
  const seenGoals = new Set<string>();
  return {
    years,
    currency: plan.resources.currency,
    outputs,
    objectives,
    sectors: perSector.map(({ sector, outputs: own }) => ({
      id: sector.id,
      label: plan.sectors.find((s) => s.id === sector.id)?.name ?? sector.id,
      sector: sector.id,
      byYear: sum(own, years.length, () => 1),
    })),
    goals: goalRows.flatMap((goal): RolledUpLine[] => {
      if (seenGoals.has(goal.id)) return [];
      seenGoals.add(goal.id);
      return [
        {
          id: goal.id,
          label: goal.label,
          sector: null,
          byYear: sum(
            objectives,
            years.length,
            (o) => (o as ObjectiveLine).toGoals.get(goal.id) ?? 0
          ),
        },
      ];
    }),
  };
};

import fc from "fast-check";
import type { ResourceEntries } from "../../src/core/layout";
import { makePlan, makePlanFile } from "./make-plan";
import type { Plan } from "../../src/core/plan";

/** Integer percentages, one per item, adding up to exactly 100. */
const sharesOf = (weights: readonly number[]): number[] => {
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((w / total) * 100));
  shares[shares.length - 1] = 100 - shares.slice(0, -1).reduce((a, b) => a + b, 0);
  return shares;
};

interface RandomItem {
  readonly links: readonly boolean[];
  /** Weights for shares over the linked columns, or null: leave the shares empty (equal split). */
  readonly weights: readonly number[] | null;
}

/** A plan with random links, and resources with random amounts and shares: what the conservation property draws. */
export interface ResourcesCase {
  readonly plan: Plan;
  readonly resources: ResourceEntries;
  /** Per year of the plan (2020-2023), the budget and expenditure of every output, and of the share that reaches a goal. */
  readonly expected: readonly {
    readonly all: { budget: number; expenditure: number };
    readonly reachingObjective: { budget: number; expenditure: number };
    readonly reachingGoal: { budget: number; expenditure: number };
  }[];
}

const YEARS = [2020, 2021, 2022, 2023];
const amount = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 5_000_000 }),
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })
);
const item = (width: number) =>
  fc.record({
    links: fc.array(fc.boolean(), { minLength: width, maxLength: width }),
    weights: fc.option(
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: width, maxLength: width }),
      {
        nil: null,
      }
    ),
  });

const sectorArb = (goals: number) =>
  fc.integer({ min: 1, max: 3 }).chain((objectives) =>
    fc.record({
      objectives: fc.array(item(goals), { minLength: objectives, maxLength: objectives }),
      outputs: fc.array(
        fc.record({
          ...{
            links: fc.array(fc.boolean(), { minLength: objectives, maxLength: objectives }),
            weights: fc.option(
              fc.array(fc.integer({ min: 1, max: 9 }), {
                minLength: objectives,
                maxLength: objectives,
              }),
              { nil: null }
            ),
          },
          budget: fc.array(amount, { minLength: 4, maxLength: 4 }),
          expenditure: fc.array(amount, { minLength: 4, maxLength: 4 }),
        }),
        { minLength: 1, maxLength: 4 }
      ),
    })
  );

/** Shares (by id) a row gets: its linked columns' share of 100, or none where it has no weights or no link. */
const rowShares = (row: RandomItem, ids: readonly string[]): Record<string, number> | undefined => {
  const linked = ids.filter((_, i) => row.links[i]);
  if (!row.weights || linked.length === 0) return undefined;
  const shares = sharesOf(ids.flatMap((_, i) => (row.links[i] ? [row.weights?.[i] ?? 1] : [])));
  return Object.fromEntries(linked.map((id, i) => [id, shares[i] ?? 0]));
};

/** The fraction of a row's money that goes to each linked column (shares, or an equal split). */
const fractions = (row: RandomItem, width: number): number[] => {
  const linked = row.links.filter(Boolean).length;
  if (linked === 0) return Array.from({ length: width }, () => 0);
  if (!row.weights) return row.links.map((l) => (l ? 1 / linked : 0));
  const shares = sharesOf(row.weights.filter((_, i) => row.links[i]));
  let k = 0;
  return row.links.map((l) => (l ? (shares[k++] ?? 0) / 100 : 0));
};

export const resourcesCase: fc.Arbitrary<ResourcesCase> = fc
  .integer({ min: 1, max: 3 })
  .chain((goals) =>
    fc.record({
      goals: fc.constant(goals),
      sectors: fc.array(sectorArb(goals), { minLength: 1, maxLength: 2 }),
    })
  )
  .map(({ goals, sectors }): ResourcesCase => {
    const goalIds = Array.from({ length: goals }, (_, g) => `goal.G${g + 1}`);
    const sectorIds = sectors.map((_, s) => `S${s + 1}`);
    const file = makePlanFile({
      goals: goalIds.map((id, g) => ({
        id,
        label: `Goal ${g + 1}`,
        title: `Goal ${g + 1}`,
        text: `Goal ${g + 1}.`,
      })),
      sectors: sectors.map((sector, s) => {
        const sid = sectorIds[s] as string;
        return {
          id: sid,
          name: `Sector ${sid}`,
          outputTable: { number: null, title: `${sid} outputs`, outputsHeader: "Outputs" },
          resultsTable: null,
          objectives: sector.objectives.map((o, i) => ({
            id: `${sid}.obj.${i + 1}`,
            number: i + 1,
            label: `Objective ${i + 1}`,
            text: `Objective ${i + 1} of ${sid}.`,
            goals: goalIds.filter((_, g) => o.links[g]),
          })),
          outputs: sector.outputs.map((o, i) => ({
            id: `${sid}.out.${i + 1}`,
            name: `Output ${i + 1} of ${sid}`,
            objectives: sector.objectives.flatMap((_, j) =>
              o.links[j] ? [`${sid}.obj.${j + 1}`] : []
            ),
          })),
          results: [],
        };
      }),
    });
    const plan = makePlan(file);
    const outputs = new Map<string, NonNullable<ReturnType<ResourceEntries["outputs"]["get"]>>>();
    const objectives = new Map<
      string,
      NonNullable<ReturnType<ResourceEntries["objectives"]["get"]>>
    >();
    const expected = YEARS.map(() => ({
      all: { budget: 0, expenditure: 0 },
      reachingObjective: { budget: 0, expenditure: 0 },
      reachingGoal: { budget: 0, expenditure: 0 },
    }));
    sectors.forEach((sector, s) => {
      const sid = sectorIds[s] as string;
      const objectiveIds = sector.objectives.map((_, j) => `${sid}.obj.${j + 1}`);
      sector.objectives.forEach((o, j) => {
        const shares = rowShares(o, goalIds);
        if (shares) objectives.set(objectiveIds[j] as string, { shares });
      });
      const reachesGoal = sector.objectives.map((o) =>
        fractions(o, goals).reduce((a, b) => a + b, 0)
      );
      sector.outputs.forEach((o, i) => {
        const shares = rowShares(o, objectiveIds);
        outputs.set(`${sid}.out.${i + 1}`, {
          budget: Object.fromEntries(YEARS.map((y, k) => [String(y), o.budget[k] ?? null])),
          expenditure: Object.fromEntries(
            YEARS.map((y, k) => [String(y), o.expenditure[k] ?? null])
          ),
          ...(shares ? { shares } : {}),
        });
        const toObjectives = fractions(o, objectiveIds.length);
        const objectiveShare = toObjectives.reduce((a, b) => a + b, 0);
        const goalShare = toObjectives.reduce((sum, f, j) => sum + f * (reachesGoal[j] ?? 0), 0);
        YEARS.forEach((_, k) => {
          const e = expected[k] as (typeof expected)[number];
          const b = o.budget[k] ?? 0;
          const x = o.expenditure[k] ?? 0;
          e.all.budget += b;
          e.all.expenditure += x;
          e.reachingObjective.budget += b * objectiveShare;
          e.reachingObjective.expenditure += x * objectiveShare;
          e.reachingGoal.budget += b * goalShare;
          e.reachingGoal.expenditure += x * goalShare;
        });
      });
    });
    return { plan, resources: { outputs, objectives }, expected };
  });

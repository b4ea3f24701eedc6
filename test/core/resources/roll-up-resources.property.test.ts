import fc from "fast-check";
import { buildReportingWorkbook } from "../../../src/core/layout";
import { parseReport } from "../../../src/core/report";
import { addMoney, Money, NO_MONEY, rollUpResources } from "../../../src/core/resources";
import { resourcesCase } from "../../support/random-resources";
import { snapshotOfSpec } from "../../support/spec-snapshot";

const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const total = (lines: readonly { byYear: readonly Money[] }[], y: number): Money =>
  lines.reduce((sum, l) => addMoney(sum, l.byYear[y] ?? NO_MONEY), NO_MONEY);

describe("the resources roll-up", () => {
  it("conserves money: the goals receive exactly what the outputs that reach a goal hold, the objectives what reaches an objective, the sectors everything", () => {
    fc.assert(
      fc.property(resourcesCase, ({ plan, resources, expected }) => {
        const spec = buildReportingWorkbook(plan, {
          sectors: [],
          period: 2021,
          createdAt: "2021-01-01T00:00:00Z",
          generator: "test",
          resources,
        });
        const parsed = parseReport(snapshotOfSpec(spec), () => plan);
        if (!parsed.ok) throw new Error(parsed.message);
        const rollup = rollUpResources(parsed.report, plan);
        expected.forEach((e, y) => {
          for (const key of ["budget", "expenditure"] as const) {
            expect([key, y, close(total(rollup.goals, y)[key], e.reachingGoal[key])]).toEqual([
              key,
              y,
              true,
            ]);
            expect([
              key,
              y,
              close(total(rollup.objectives, y)[key], e.reachingObjective[key]),
            ]).toEqual([key, y, true]);
            expect([key, y, close(total(rollup.sectors, y)[key], e.all[key])]).toEqual([
              key,
              y,
              true,
            ]);
            expect([key, y, close(total(rollup.outputs, y)[key], e.all[key])]).toEqual([
              key,
              y,
              true,
            ]);
          }
        });
      }),
      { numRuns: 60 }
    );
  });
});

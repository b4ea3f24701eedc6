import fc from "fast-check";
import { parseReport } from "../../../src/core/report";
import { RULES, ruleContext, runRules, sortFindings, withFix } from "../../../src/core/rules";
import type { CellData } from "../../../src/core/snapshot";
import { makePlan } from "../../support/make-plan";
import { cleanSnapshot } from "../../support/rule-harness";

const plan = makePlan();

const cellData: fc.Arbitrary<CellData> = fc.oneof(
  fc.constant(null),
  fc.constantFrom("12%", "n/a", "Yes", "maybe", "Completed", "No data", "Narrative", " "),
  fc.integer({ min: -200, max: 300 }),
  fc.boolean(),
  fc.constantFrom<CellData>({ error: "#DIV/0!" }, { date: "2021-03-31" })
);

/** Any cell of the KPI tables, rows 1-9 (headers included), columns A-Y. */
const kpiAddress = fc
  .tuple(
    fc.constantFrom("A KPIs", "B KPIs"),
    fc.integer({ min: 0, max: 24 }),
    fc.integer({ min: 1, max: 9 })
  )
  .map(([sheet, col, row]) => `${sheet}!${String.fromCharCode(65 + col)}${row}`);

describe("the single pass over KPI rows", () => {
  it("finds exactly what each rule finds on its own, in the same order", () => {
    fc.assert(
      fc.property(fc.dictionary(kpiAddress, cellData, { maxKeys: 16 }), (edits) => {
        const parsed = parseReport(cleanSnapshot(edits), () => plan);
        if (!parsed.ok) throw new Error(parsed.message);
        const context = ruleContext(parsed.report, plan);
        // Each rule on a fresh parse, so that no rule sees a status another one cached.
        const alone = RULES.flatMap((rule) => {
          const fresh = parseReport(cleanSnapshot(edits), () => plan);
          if (!fresh.ok) throw new Error(fresh.message);
          return rule.check(fresh.report, context);
        });
        expect(runRules(parsed.report, context)).toEqual(
          sortFindings(withFix(alone), parsed.report.meta.sectors)
        );
      }),
      { numRuns: 200 }
    );
  });
});

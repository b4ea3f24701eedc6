import type { ResourcesSummary } from "../../../src/app";
import { presentResources } from "../../../src/app/present";

const line = (id: string, budget: number, expenditure: number) => ({
  id,
  label: id,
  money: { budget, expenditure },
  rate: budget > 0 ? expenditure / budget : null,
});

const summary = (over: Partial<ResourcesSummary> = {}): ResourcesSummary => ({
  planId: "itu-2012-2015",
  period: 2013,
  currency: "CHF",
  hasResources: true,
  goals: [line("Goal ITU-R", 4_000_000, 3_000_000), line("Goal GS", 2_000_000, 2_500_000)],
  sectors: [line("ITU-R", 6_000_000, 5_500_000), line("GS", 0, 0)],
  allGoals: { money: { budget: 6_000_000, expenditure: 5_500_000 }, rate: 5.5 / 6 },
  allSectors: { money: { budget: 6_000_000, expenditure: 5_500_000 }, rate: 5.5 / 6 },
  findings: {
    errors: 0,
    warnings: 1,
    info: 0,
    byRule: [
      {
        rule: "over-spend",
        title: "Expenditure above budget beyond the plan's tolerance",
        severity: "warning",
        count: 1,
      },
    ],
  },
  ...over,
});

describe("presentResources", () => {
  it("shows amounts in the plan's currency and execution as a percentage, in the officer's locale, each with its bar", () => {
    const view = presentResources(summary(), "en-GB");
    expect(view.about).toBe("plan itu-2012-2015, reporting year 2013, amounts in CHF");
    expect(view.none).toBeNull();
    expect(view.byGoal.caption).toBe("By goal, 2013");
    expect(view.byGoal.headers).toEqual(["Goal", "Budget", "Expenditure", "Execution"]);
    expect(view.byGoal.rows).toEqual([
      {
        label: "Goal ITU-R",
        budget: { text: "CHF 4,000,000", bar: 1 },
        expenditure: { text: "CHF 3,000,000", bar: 0.75 },
        execution: { text: "75%", bar: 0.75, over: false },
      },
      {
        label: "Goal GS",
        budget: { text: "CHF 2,000,000", bar: 0.5 },
        expenditure: { text: "CHF 2,500,000", bar: 0.625 },
        // Over-spent: the bar is full, and marked.
        execution: { text: "125%", bar: 1, over: true },
      },
    ]);
    expect(view.byGoal.total).toEqual({
      label: "All goals",
      budget: "CHF 6,000,000",
      expenditure: "CHF 5,500,000",
      execution: "92%",
    });
    // A sector without a budget has no execution rate, and no bar.
    expect(view.bySector.rows[1]).toEqual({
      label: "GS",
      budget: { text: "CHF 0", bar: 0 },
      expenditure: { text: "CHF 0", bar: 0 },
      execution: { text: "no budget", bar: 0, over: false },
    });
    expect(view.findings).toBe("The resources rules find 0 errors, 1 warning and 0 info.");
    expect(view.findingLines).toEqual(["Expenditure above budget beyond the plan's tolerance: 1"]);
    expect(view.findingCount).toBe(1);
  });

  it("follows the locale's own separators, and shows a currency Intl does not know after the number", () => {
    // Swiss thousands are apostrophes (typographic or not, as the ICU data has it); a French amount puts the code
    // after the number, and its thousands (no-break spaces) and percent sign never part from it.
    expect(presentResources(summary(), "de-CH").byGoal.rows[0]?.budget.text).toMatch(
      /^CHF 4[’']000[’']000$/u
    );
    expect(presentResources(summary(), "fr-CH").byGoal.rows[0]?.budget.text).toMatch(
      /^4[\u00a0\u202f]000[\u00a0\u202f]000 CHF$/u
    );
    expect(presentResources(summary(), "fr-FR").byGoal.rows[0]?.execution.text).toMatch(
      /^75[\u00a0\u202f]%$/u
    );
    const unknown = presentResources(summary({ currency: "Swiss francs" }), "en-GB");
    expect(unknown.byGoal.rows[0]?.budget.text).toBe("4,000,000 Swiss francs");
    expect(unknown.about).toBe("plan itu-2012-2015, reporting year 2013, amounts in Swiss francs");
    const none = presentResources(summary({ currency: null }), "en-GB");
    expect(none.byGoal.rows[0]?.budget.text).toBe("4,000,000");
    expect(none.about).toBe("plan itu-2012-2015, reporting year 2013");
  });

  it("says when the resources rules find nothing, and when the workbook has no Resources sheets", () => {
    const clean = presentResources(
      summary({ findings: { errors: 0, warnings: 0, info: 0, byRule: [] } }),
      "en-GB"
    );
    expect(clean.findings).toBe("The resources rules find nothing to fix.");
    expect(clean.findingLines).toEqual([]);
    expect(clean.findingCount).toBe(0);
    expect(presentResources(summary({ hasResources: false }), "en-GB").none).toMatch(
      /^has no Resources sheets: .*update it to the current plan file/
    );
  });
});

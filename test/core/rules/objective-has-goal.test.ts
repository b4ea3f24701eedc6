import { parseReport } from "../../../src/core/report";
import { RULES, ruleContext } from "../../../src/core/rules";
import { makePlan } from "../../support/make-plan";
import { cleanSnapshot, findingsOf } from "../../support/rule-harness";

describe("objective-has-goal", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("objective-has-goal")).toEqual([
      "B Objectives!A2: Objective 1 (B.obj.1) is not linked to any goal, and the plan's source gives no goal links for it (see kpi-report plans --notes)",
    ]);
  });

  it("says so where the plan's source gives an objective no goal link, and asks officers to mark them", () => {
    const plan = makePlan();
    const parsed = parseReport(cleanSnapshot(), () => plan);
    if (!parsed.ok) throw new Error(parsed.message);
    const rule = RULES.find((r) => r.id === "objective-has-goal");
    const [found] = rule?.check(parsed.report, ruleContext(parsed.report, plan)) ?? [];
    expect(found?.fix).toBe(
      "From your plan document, put an X under each goal of the Union that Objective 1 contributes to, in this row of 'B Objectives'."
    );
  });

  it("reports an objective linked to no goal", () => {
    expect(findingsOf("objective-has-goal", { "A Objectives!F2": null })).toEqual([
      "A Objectives!A2: Objective 1 (A.obj.1) is not linked to any goal",
      "B Objectives!A2: Objective 1 (B.obj.1) is not linked to any goal, and the plan's source gives no goal links for it (see kpi-report plans --notes)",
    ]);
  });
});

import { findingsOf } from "../../support/rule-harness";
import { makePlan } from "../../support/make-plan";

describe("expenditure-without-budget", () => {
  it("finds nothing where the year has a budget", () => {
    expect(
      findingsOf("expenditure-without-budget", { "A Resources!E2": 100, "A Resources!F2": 90 })
    ).toEqual([]);
  });

  it("reports expenditure in a year whose budget is empty or 0, in the plan's currency", () => {
    const plan = makePlan({ resources: { currency: "CHF" } });
    expect(
      findingsOf(
        "expenditure-without-budget",
        { "A Resources!F2": 240000, "A Resources!G3": 0, "A Resources!H3": 12 },
        plan
      )
    ).toEqual([
      "A Resources!F2: A.out.1 spent 240,000 CHF in 2021 without a budget for that year",
      "A Resources!H3: A.out.2 spent 12 CHF in 2022 without a budget for that year",
    ]);
  });
});

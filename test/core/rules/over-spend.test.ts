import { findingsOf } from "../../support/rule-harness";
import { makePlan } from "../../support/make-plan";

describe("over-spend", () => {
  it("finds nothing where expenditure stays within the budget", () => {
    expect(findingsOf("over-spend", { "A Resources!E2": 1000, "A Resources!F2": 1000 })).toEqual(
      []
    );
  });

  it("reports any expenditure above budget when the plan gives no tolerance", () => {
    expect(
      findingsOf("over-spend", { "A Resources!E2": 975000, "A Resources!F2": 1150000 })
    ).toEqual([
      "A Resources!F2: A.out.1 spent 1,150,000 in 2021 against a budget of 975,000: 17.9% over",
    ]);
  });

  it("lets expenditure exceed the budget by the plan's tolerance, and reports beyond it", () => {
    const plan = makePlan({ resources: { currency: "CHF", overspendTolerance: 0.05 } });
    expect(
      findingsOf(
        "over-spend",
        {
          "A Resources!E2": 1000,
          "A Resources!F2": 1050,
          "A Resources!E3": 1000,
          "A Resources!F3": 1060,
        },
        plan
      )
    ).toEqual([
      "A Resources!F3: A.out.2 spent 1,060 CHF in 2021 against a budget of 1,000 CHF: 6% over, beyond the plan's tolerance of 5%",
    ]);
  });
});

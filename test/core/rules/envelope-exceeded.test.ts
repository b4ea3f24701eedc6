import { findingsOf } from "../../support/rule-harness";
import { makePlan } from "../../support/make-plan";

const plan = makePlan({
  resources: { currency: "CHF", envelopes: [{ sector: "A", year: 2021, amount: 1000 }] },
});

describe("envelope-exceeded", () => {
  it("finds nothing within the envelope, or for a year without one", () => {
    expect(
      findingsOf(
        "envelope-exceeded",
        { "A Resources!E2": 600, "A Resources!E3": 400, "A Resources!G2": 5000 },
        plan
      )
    ).toEqual([]);
  });

  it("reports a sector whose budgets for the year add up to more than its envelope", () => {
    expect(
      findingsOf("envelope-exceeded", { "A Resources!E2": 600, "A Resources!E3": 500 }, plan)
    ).toEqual([
      "A Resources!E2: The budgets of A's outputs for 2021 add up to 1,100 CHF, above the sector's envelope of 1,000 CHF in plan test-2020-2023",
    ]);
  });
});

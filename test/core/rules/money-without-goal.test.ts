import { findingsOf } from "../../support/rule-harness";

describe("money-without-goal", () => {
  it("finds nothing where every output with money reaches a goal", () => {
    expect(
      findingsOf("money-without-goal", { "A Resources!E2": 500, "A Resources!E3": 1000 })
    ).toEqual([]);
  });

  it("reports money on an output whose objective serves no goal, and on one linked to no objective", () => {
    expect(
      findingsOf("money-without-goal", {
        "B Resources!C2": 500,
        "A Outputs!D2": null,
        "A Resources!E2": 300,
      })
    ).toEqual([
      "A Resources!A2: A.out.1 has 300 of budget over the plan's years, but it is linked to no objective; the totals by goal leave it out",
      "B Resources!A2: B.out.1 has 500 of budget over the plan's years, but none of its objectives serves a goal; the totals by goal leave it out",
    ]);
  });

  it("reports the part of an output's money that reaches no goal", () => {
    expect(
      findingsOf("money-without-goal", {
        "A Objectives!F3": null,
        "A Resources!F3": 800,
        "A Resources!E3": 1000,
      })
    ).toEqual([
      "A Resources!A3: A.out.2 has 1,000 of budget over the plan's years, but only 50% of it reaches a goal through its objectives; the totals by goal leave it out",
    ]);
  });
});

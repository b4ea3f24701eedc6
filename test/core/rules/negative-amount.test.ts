import { findingsOf } from "../../support/rule-harness";

describe("negative-amount", () => {
  it("finds nothing where amounts are zero or more", () => {
    expect(findingsOf("negative-amount", { "A Resources!E2": 0, "A Resources!F2": 0 })).toEqual([]);
  });

  it("reports a negative expenditure and a negative share", () => {
    expect(
      findingsOf("negative-amount", { "A Resources!F3": -5000, "A Resources!K3": -10 })
    ).toEqual([
      "A Resources!F3: Expenditure 2021 of A.out.2 is -5000, but an amount or share cannot be negative",
      "A Resources!K3: Share Objective 1 of A.out.2 is -10, but an amount or share cannot be negative",
    ]);
  });
});

import { findingsOf } from "../../support/rule-harness";

describe("shares-add-up", () => {
  it("finds nothing where shares are empty (equal split) or add up to 100 over the links", () => {
    expect(
      findingsOf("shares-add-up", {
        "A Resources!K3": 70,
        "A Resources!L3": 30,
        "A Objective Resources!C2": 100,
      })
    ).toEqual([]);
  });

  it("reports shares of an output that add up to less than 100%", () => {
    expect(findingsOf("shares-add-up", { "A Resources!K3": 60, "A Resources!L3": 30 })).toEqual([
      "A Resources!K3: The shares of A.out.2 over its linked objectives add up to 90%, not 100%: 10% of its money is counted nowhere",
    ]);
  });

  it("reports a share for an objective or goal the row is not linked to", () => {
    expect(
      findingsOf("shares-add-up", {
        "A Resources!K2": 100,
        "A Resources!L2": 20,
        "A Objective Resources!C2": 80,
        "A Objective Resources!D2": 20,
      })
    ).toEqual([
      "A Resources!L2: A.out.1 gives 20% to Objective 2, but it is not linked to Objective 2; that share is counted nowhere",
      "A Objective Resources!D2: A.obj.1 gives 20% to Goal B, but it is not linked to Goal B; that share is counted nowhere",
      "A Objective Resources!C2: The shares of A.obj.1 over its linked goals add up to 80%, not 100%: 20% of its money is counted nowhere",
    ]);
  });
});

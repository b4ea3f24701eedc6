import { findingsOf } from "../../support/rule-harness";

describe("objective-has-goal", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("objective-has-goal")).toEqual([
      "B Objectives!A2: Objective 1 (B.obj.1) is not linked to any goal",
    ]);
  });

  it("reports an objective linked to no goal", () => {
    expect(findingsOf("objective-has-goal", { "A Objectives!F2": null })).toEqual([
      "A Objectives!A2: Objective 1 (A.obj.1) is not linked to any goal",
      "B Objectives!A2: Objective 1 (B.obj.1) is not linked to any goal",
    ]);
  });
});

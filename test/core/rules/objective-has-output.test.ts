import { findingsOf } from "../../support/rule-harness";

describe("objective-has-output", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("objective-has-output")).toEqual([]);
  });

  it("reports an objective no output serves", () => {
    expect(findingsOf("objective-has-output", { "A Outputs!E3": null })).toEqual([
      "A Objectives!A3: Objective 2 (A.obj.2) has no output linked to it",
    ]);
  });
});

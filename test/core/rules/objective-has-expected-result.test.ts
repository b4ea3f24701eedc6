import { findingsOf } from "../../support/rule-harness";

describe("objective-has-expected-result", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("objective-has-expected-result")).toEqual([]);
  });

  it("reports an objective without expected result", () => {
    expect(
      findingsOf("objective-has-expected-result", {
        "A Results!C8": null,
        "A Results!B8": "Output",
      })
    ).toEqual(["A Objectives!A3: Objective 2 (A.obj.2) has no expected result"]);
  });
});

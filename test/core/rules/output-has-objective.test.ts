import { findingsOf } from "../../support/rule-harness";

describe("output-has-objective", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("output-has-objective")).toEqual([]);
  });

  it("reports an output linked to no objective", () => {
    expect(findingsOf("output-has-objective", { "A Outputs!D2": null })).toEqual([
      'A Outputs!A2: Output "Conference" (A.out.1) is not linked to any objective',
    ]);
  });
});

import { findingsOf } from "../../support/rule-harness";

describe("duplicate-name", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("duplicate-name")).toEqual([]);
  });

  it("reports a copied output row", () => {
    expect(findingsOf("duplicate-name", { "A Outputs!B3": "Conference" })).toEqual([
      'A Outputs!A3: Output "Conference" (A.out.2) repeats A.out.1',
    ]);
  });
});

import { findingsOf } from "../../support/rule-harness";

describe("link-mark", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("link-mark")).toEqual([]);
  });

  it("reports a link cell holding something other than X", () => {
    expect(findingsOf("link-mark", { "A Outputs!D2": "yes" })).toEqual([
      'A Outputs!D2: Link cell holds "yes"; it is read as a link',
    ]);
  });
});

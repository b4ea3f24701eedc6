import { findingsOf } from "../../support/rule-harness";

describe("status-mismatch", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("status-mismatch")).toEqual([]);
  });

  it("reports a status typed over its formula", () => {
    expect(findingsOf("status-mismatch", { "A KPIs!W2": "Off track" })).toEqual([
      'A KPIs!W2: Status of A.kpi.1.1 shows "Off track" but its values give "Met" (the formula was replaced by a typed value)',
    ]);
  });
});

import { findingsOf } from "../../support/rule-harness";

describe("percentage-out-of-range", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("percentage-out-of-range")).toEqual([]);
  });

  it("reports a percentage above 100", () => {
    expect(findingsOf("percentage-out-of-range", { "A KPIs!N4": 120 })).toEqual([
      "A KPIs!N4: Actual 2021 of A.kpi.1.3 is 120%, outside 0-100",
    ]);
  });
});

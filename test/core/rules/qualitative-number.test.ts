import { findingsOf } from "../../support/rule-harness";

describe("qualitative-number", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("qualitative-number")).toEqual([]);
  });

  it("reports a number where a narrative belongs", () => {
    expect(findingsOf("qualitative-number", { "A KPIs!N7": 3 })).toEqual([
      "A KPIs!N7: Actual 2021 of A.kpi.2.3 is the number 3, but this KPI is qualitative",
    ]);
  });
});

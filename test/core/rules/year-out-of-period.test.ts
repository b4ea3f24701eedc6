import { findingsOf } from "../../support/rule-harness";

describe("year-out-of-period", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("year-out-of-period")).toEqual([]);
  });

  it("reports a baseline year after the plan", () => {
    expect(findingsOf("year-out-of-period", { "A KPIs!H2": 2030 })).toEqual([
      "A KPIs!H2: Baseline year of A.kpi.1.1 is 2030; it must be a year up to 2023",
    ]);
  });
});

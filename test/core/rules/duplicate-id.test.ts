import { findingsOf } from "../../support/rule-harness";

describe("duplicate-id", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("duplicate-id")).toEqual([]);
  });

  it("reports an id used twice", () => {
    expect(findingsOf("duplicate-id", { "A KPIs!A3": "A.kpi.1.1" })).toEqual([
      "A KPIs!A3: KPI id A.kpi.1.1 is used twice (first at A KPIs!A2)",
    ]);
  });
});

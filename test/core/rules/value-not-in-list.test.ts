import { findingsOf } from "../../support/rule-harness";

describe("value-not-in-list", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("value-not-in-list")).toEqual([]);
  });

  it("reports a yes/no value outside its list", () => {
    expect(findingsOf("value-not-in-list", { "A KPIs!N5": "Partly" })).toEqual([
      'A KPIs!N5: Actual 2021 of A.kpi.2.1 is "Partly", not one of Yes, No',
    ]);
  });
});

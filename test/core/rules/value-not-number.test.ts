import { findingsOf } from "../../support/rule-harness";

describe("value-not-number", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("value-not-number")).toEqual([]);
  });

  it("reports text typed in a number cell", () => {
    expect(findingsOf("value-not-number", { "A KPIs!N2": "12%" })).toEqual([
      'A KPIs!N2: Actual 2021 of A.kpi.1.1 holds "12%", not a number',
    ]);
  });
});

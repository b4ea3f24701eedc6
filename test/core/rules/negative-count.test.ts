import { findingsOf } from "../../support/rule-harness";

describe("negative-count", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("negative-count")).toEqual([]);
  });

  it("reports a negative count", () => {
    expect(findingsOf("negative-count", { "A KPIs!K2": -3 })).toEqual([
      "A KPIs!K2: Actual 2020 of A.kpi.1.1 is -3, but a count cannot be negative",
    ]);
  });
});

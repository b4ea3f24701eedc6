import { findingsOf } from "../../support/rule-harness";

describe("actual-missing", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("actual-missing")).toEqual([]);
  });

  it("reports a KPI with no actual for the reporting year", () => {
    expect(findingsOf("actual-missing", { "A KPIs!N3": null })).toEqual([
      "A KPIs!N3: A.kpi.1.2 has no actual for 2021",
    ]);
  });
});

import { findingsOf } from "../../support/rule-harness";

describe("met-without-evidence", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("met-without-evidence")).toEqual([]);
  });

  it("reports a Met KPI without evidence", () => {
    expect(findingsOf("met-without-evidence", { "A KPIs!Y2": null })).toEqual([
      "A KPIs!Y2: A.kpi.1.1 is Met in 2021 but gives no evidence",
    ]);
  });
});

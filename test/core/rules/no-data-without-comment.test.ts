import { findingsOf } from "../../support/rule-harness";

describe("no-data-without-comment", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("no-data-without-comment")).toEqual([]);
  });

  it("reports 'No data' without a reason", () => {
    expect(
      findingsOf("no-data-without-comment", { "A KPIs!N3": null, "A KPIs!X3": "No data" })
    ).toEqual(["A KPIs!Y3: A.kpi.1.2 is marked 'No data' without a reason"]);
  });
});

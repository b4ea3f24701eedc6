import { findingsOf } from "../../support/rule-harness";

describe("target-without-baseline", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("target-without-baseline")).toEqual([]);
  });

  it("reports targets without a baseline", () => {
    expect(findingsOf("target-without-baseline", { "A KPIs!I3": null })).toEqual([
      "A KPIs!I3: A.kpi.1.2 has targets but no baseline",
    ]);
  });
});

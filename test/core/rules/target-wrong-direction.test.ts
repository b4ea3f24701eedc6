import { findingsOf } from "../../support/rule-harness";

describe("target-wrong-direction", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("target-wrong-direction")).toEqual([]);
  });

  it("reports a target on the wrong side of the baseline", () => {
    expect(findingsOf("target-wrong-direction", { "A KPIs!M3": 35 })).toEqual([
      "A KPIs!M3: Target 2021 of A.kpi.1.2 (35) is above its baseline (30), though lower is better",
    ]);
  });
});

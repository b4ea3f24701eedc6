import { findingsOf } from "../../support/rule-harness";

describe("actual-without-target", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("actual-without-target")).toEqual([]);
  });

  it("reports an actual for a year without a target", () => {
    expect(findingsOf("actual-without-target", { "A KPIs!Q2": 125 })).toEqual([
      "A KPIs!P2: A.kpi.1.1 has an actual for 2022 but no target",
    ]);
  });
});

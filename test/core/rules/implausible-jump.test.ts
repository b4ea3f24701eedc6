import { findingsOf } from "../../support/rule-harness";

describe("implausible-jump", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("implausible-jump")).toEqual([]);
  });

  it("reports an actual that more than doubles in a year", () => {
    expect(findingsOf("implausible-jump", { "A KPIs!N2": 300 })).toEqual([
      "A KPIs!N2: Actual 2021 of A.kpi.1.1 (300) differs from 2020's (112) by 168%",
    ]);
  });
});

import { findingsOf } from "../../support/rule-harness";

describe("objective-has-kpi", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("objective-has-kpi")).toEqual([
      "B Objectives!A2: Objective 1 (B.obj.1) has no KPI",
    ]);
  });

  it("reports an objective no KPI measures", () => {
    expect(
      findingsOf("objective-has-kpi", {
        "A KPIs!B5": "A.obj.1",
        "A KPIs!B6": "A.obj.1",
        "A KPIs!B7": "A.obj.1",
      })
    ).toEqual([
      "A Objectives!A3: Objective 2 (A.obj.2) has no KPI",
      "B Objectives!A2: Objective 1 (B.obj.1) has no KPI",
    ]);
  });
});

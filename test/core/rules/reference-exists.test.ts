import { findingsOf } from "../../support/rule-harness";

describe("reference-exists", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("reference-exists")).toEqual([]);
  });

  it("reports a KPI naming an objective the sector does not have", () => {
    expect(findingsOf("reference-exists", { "A KPIs!B2": "A.obj.7" })).toEqual([
      'A KPIs!B2: A.kpi.1.1 names objective "A.obj.7", which A does not have',
    ]);
  });
});

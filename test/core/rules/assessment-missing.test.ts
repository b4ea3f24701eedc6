import { findingsOf } from "../../support/rule-harness";

describe("assessment-missing", () => {
  it("finds nothing where the reporting year's narrative is assessed", () => {
    expect(findingsOf("assessment-missing")).toEqual([]);
  });

  it("reports a narrative for the reporting year without an assessment, at the Assessment cell", () => {
    expect(findingsOf("assessment-missing", { "A KPIs!O7": null })).toEqual([
      "A KPIs!O7: A.kpi.2.3 has a narrative for 2021 but no assessment, so its status is Not assessable",
    ]);
  });

  it("says nothing of a year without a narrative (actual-missing does)", () => {
    expect(findingsOf("assessment-missing", { "A KPIs!O7": null, "A KPIs!N7": null })).toEqual([]);
  });
});

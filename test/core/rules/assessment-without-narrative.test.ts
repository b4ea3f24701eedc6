import { findingsOf } from "../../support/rule-harness";

// A KPIs: A.kpi.2.3 (qualitative) is row 7; 2021's Target, Actual and Assessment are M, N and O.
describe("assessment-without-narrative", () => {
  it("finds nothing where each assessed year has its narrative", () => {
    expect(findingsOf("assessment-without-narrative")).toEqual([]);
  });

  it("reports a year assessed without a narrative, at the empty Actual", () => {
    expect(findingsOf("assessment-without-narrative", { "A KPIs!N7": null })).toEqual([
      'A KPIs!N7: A.kpi.2.3 is assessed "Partly achieved" for 2021, but Actual 2021 gives no narrative to support it',
    ]);
  });

  it("asks for the narrative of any year assessed, not only the reporting year", () => {
    expect(findingsOf("assessment-without-narrative", { "A KPIs!R7": "Achieved" })).toEqual([
      'A KPIs!Q7: A.kpi.2.3 is assessed "Achieved" for 2022, but Actual 2022 gives no narrative to support it',
    ]);
  });

  it("leaves other measures alone", () => {
    expect(
      findingsOf("assessment-without-narrative", { "A KPIs!O2": "Achieved", "A KPIs!N2": null })
    ).toEqual([]);
  });
});

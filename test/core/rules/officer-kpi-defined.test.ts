import { findingsOf } from "../../support/rule-harness";

// Sector B has no Table X.2: its KPI table gives Objective 1 three rows of the officers' own, B.kpi.1.u1 to u3
// (rows 2 to 4; D the KPI, E measure, F direction, G unit).
describe("officer-kpi-defined", () => {
  it("finds nothing in the plan's KPIs, nor in officer rows left empty", () => {
    expect(findingsOf("officer-kpi-defined")).toEqual([]);
  });

  it("accepts a KPI of the officers' own with a text and a direction", () => {
    expect(
      findingsOf("officer-kpi-defined", {
        "B KPIs!D2": "Study group meetings held",
        "B KPIs!E2": "Number",
        "B KPIs!F2": "Higher is better",
      })
    ).toEqual([]);
  });

  it("reports an officer KPI in use without a text or a direction", () => {
    expect(findingsOf("officer-kpi-defined", { "B KPIs!E3": "Number", "B KPIs!I3": 4 })).toEqual([
      "B KPIs!A3: B.kpi.1.u2, a KPI of your own, has no text",
      "B KPIs!F3: B.kpi.1.u2, a KPI of your own, has no direction",
    ]);
  });

  it("reports a KPI id that is neither the plan's nor in the officers' scheme", () => {
    expect(findingsOf("officer-kpi-defined", { "A KPIs!A2": "A.kpi.1.9" })).toEqual([
      "A KPIs!A2: A.kpi.1.9 is not a KPI of plan test-2020-2023, and not numbered as a KPI of your own",
    ]);
  });
});

import { annexFileName, describeAnnex } from "../../src/taskpane/describe-annex";
import { outputName } from "../../src/taskpane/output-name";

describe("what the pane says once the Council annex is made", () => {
  const summary = {
    planId: "itu-2012-2015",
    period: 2013,
    sheets: ["Status summary", "Table 2.1", "Table 8.1"],
    kpis: 12,
    statuses: [
      { status: "Met" as const, count: 5 },
      { status: "On track" as const, count: 0 },
      { status: "Off track" as const, count: 4 },
      { status: "Not assessable" as const, count: 3 },
    ],
  };

  it("names the sheets and the KPIs per status, leaving out statuses no KPI has", () => {
    expect(describeAnnex(summary)).toBe(
      "Made the Council annex for 2013 (plan itu-2012-2015): 3 sheets, Status summary, Table 2.1, Table 8.1. 12 KPIs: 5 met, 4 off track, 3 not assessable."
    );
  });

  it("names the annex file after the plan and year, as the demo does", () => {
    expect(annexFileName(summary)).toBe("itu-2012-2015-2013-annex.xlsx");
  });
});

describe("the names of the copies the pane offers", () => {
  it("adds what the copy is to the picked file's name, never reusing it", () => {
    expect(outputName("filled.xlsx", "checked")).toBe("filled-checked.xlsx");
    expect(outputName("Report 2013.XLSX", "submission")).toBe("Report 2013-submission.xlsx");
  });
});

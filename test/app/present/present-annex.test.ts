import { presentAnnex } from "../../../src/app/present";

describe("presentAnnex", () => {
  it("says what was made, the KPIs per status, and the file name to give it", () => {
    const view = presentAnnex({
      planId: "itu-2012-2015",
      period: 2013,
      sheets: ["Status summary", "Table 8.1"],
      kpis: 3,
      statuses: [
        { status: "Met", count: 2 },
        { status: "On track", count: 0 },
        { status: "Off track", count: 1 },
        { status: "Not assessable", count: 0 },
      ],
    });
    expect(view).toEqual({
      made: "plan itu-2012-2015, reporting year 2013, 2 sheets (Status summary, Table 8.1)",
      statuses: "3 KPIs: 2 met, 0 on track, 1 off track, 0 not assessable",
      fileName: "itu-2012-2015-2013-annex.xlsx",
    });
  });
});

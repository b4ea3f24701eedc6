import { findingsCsv, FINDINGS_CSV_HEADERS } from "../../../src/core/rules";
import { finding } from "../../../src/core/findings";

describe("findingsCsv", () => {
  it("writes a header row and one row per finding, with the sector and fix", () => {
    const csv = findingsCsv({
      file: "report.xlsx",
      planId: "test-2020-2023",
      period: 2021,
      sectors: ["A"],
      findings: [
        finding(
          "value-not-number",
          "error",
          { sheet: "A KPIs", cell: "M2" },
          'Actual 2021 of A.kpi.1.1 holds "12%", not a number',
          { sector: "A" }
        ),
        finding(
          "sheet-renamed",
          "info",
          { sheet: "=2+5", cell: null },
          'Sheet "A KPIs" was renamed "=2+5"',
          { sector: "A", fix: "-" }
        ),
      ],
      summary: { errors: 1, warnings: 0, info: 1 },
    });
    expect(csv.split("\r\n")).toEqual([
      `\ufeff${FINDINGS_CSV_HEADERS.join(",")}`,
      'report.xlsx,test-2020-2023,2021,A,error,value-not-number,A KPIs,M2,"Actual 2021 of A.kpi.1.1 holds ""12%"", not a number",',
      'report.xlsx,test-2020-2023,2021,A,info,sheet-renamed,\'=2+5,,"Sheet ""A KPIs"" was renamed ""=2+5""",\'-',
      "",
    ]);
  });
});

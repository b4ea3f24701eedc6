import { csvTable } from "../../../src/core/export";

describe("csvTable", () => {
  it("writes rows with commas and CRLF after a byte-order mark, so Excel reads UTF-8", () => {
    expect(
      csvTable([
        ["Sheet", "Cell"],
        ["A KPIs", "M2"],
      ])
    ).toBe("\ufeffSheet,Cell\r\nA KPIs,M2\r\n");
  });

  it("quotes fields holding commas, quotes, line breaks or edge spaces, doubling quotes", () => {
    expect(csvTable([['holds "12%", not a number', "two\nlines", " padded", "plain"]])).toBe(
      '\ufeff"holds ""12%"", not a number","two\nlines"," padded",plain\r\n'
    );
  });

  it("neutralises every field a spreadsheet would run as a formula", () => {
    expect(csvTable([["=2+5", "@SUM(1)", "-1", "+1", "\t=1", "ok"]])).toBe(
      "\ufeff'=2+5,'@SUM(1),'-1,'+1,'\t=1,ok\r\n"
    );
  });

  it("keeps Arabic and Chinese text as it is", () => {
    expect(csvTable([["تم تحقيق الهدف", "关键绩效指标"]])).toBe(
      "\ufeffتم تحقيق الهدف,关键绩效指标\r\n"
    );
  });
});

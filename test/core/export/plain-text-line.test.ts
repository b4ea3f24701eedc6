import { plainTextLine } from "../../../src/core/export";

describe("plainTextLine", () => {
  it("turns tabs and line breaks into spaces, so a spreadsheet opening the text keeps the line in one cell", () => {
    expect(plainTextLine('    A KPIs!N2  holds "x\t=HYPERLINK(1)\r\n=2"')).toBe(
      '    A KPIs!N2  holds "x =HYPERLINK(1)  =2"'
    );
  });

  it("shows bidi overrides and other control characters as escapes, so the line reads as it is", () => {
    expect(plainTextLine("holds \u202Eabc\u0007")).toBe("holds \\u202Eabc\\u0007");
  });

  it("neutralises a line that starts like a formula (a file named =1+1.xlsx)", () => {
    expect(plainTextLine("=1+1.xlsx: plan x")).toBe("'=1+1.xlsx: plan x");
  });

  it("keeps Arabic and Chinese text, which are not controls", () => {
    expect(plainTextLine("تم تحقيق الهدف 关键绩效指标")).toBe("تم تحقيق الهدف 关键绩效指标");
  });
});

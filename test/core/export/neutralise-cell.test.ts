import fc from "fast-check";
import { neutraliseCell } from "../../../src/core/export";

describe("neutraliseCell", () => {
  it.each([
    ['=HYPERLINK("http://example.com","Click")', '\'=HYPERLINK("http://example.com","Click")'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(1+1)", "'@SUM(1+1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("puts a quote before %j, which a spreadsheet would run as a formula", (text, safe) => {
    expect(neutraliseCell(text)).toBe(safe);
  });

  it.each([
    'Actual 2021 of A.kpi.1.1 holds "=1+1", not a number',
    "",
    " =1+1",
    "'=1+1",
    "تم تحقيق الهدف",
    "关键绩效指标",
    "A KPIs",
  ])("leaves %j as it is", (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });

  it("never returns text that starts like a formula, and only ever adds one quote", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = neutraliseCell(text);
        expect(safe).not.toMatch(/^[=+\-@\t\r]/);
        expect(safe === text || safe === `'${text}`).toBe(true);
      })
    );
  });
});

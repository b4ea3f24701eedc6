import { a1, a1Range, columnLetter, decodeCell, decodeRange } from "../../../src/core/format";

describe("A1 addresses", () => {
  it("encodes and decodes every column up to Excel's last, XFD", () => {
    for (const column of [0, 25, 26, 701, 702, 16383]) {
      const address = a1(41, column);
      expect(decodeCell(address)).toEqual({ row: 41, column });
    }
    expect(columnLetter(16383)).toBe("XFD");
  });

  it("decodes a range with or without $ and in any case, and a single cell as a range of one", () => {
    expect(decodeRange("B2:D9")).toEqual({ top: 1, left: 1, bottom: 8, right: 3 });
    expect(decodeRange("$c$3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(decodeRange(a1Range(0, 0, 9, 3))).toEqual({ top: 0, left: 0, bottom: 9, right: 3 });
  });

  it("refuses what is no plain address", () => {
    expect(decodeCell("a1")).toBeUndefined();
    expect(decodeCell("A0")).toBeUndefined();
    expect(decodeCell("A1:B2")).toBeUndefined();
    expect(decodeRange("Sheet1!A1")).toBeUndefined();
  });
});

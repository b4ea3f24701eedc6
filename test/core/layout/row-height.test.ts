import { rowHeight, wrappedLines } from "../../../src/core/layout";

describe("row heights of wrapped text", () => {
  it("counts the lines a text wraps to, at spaces and at line breaks", () => {
    expect(wrappedLines("short", 20)).toBe(1);
    expect(wrappedLines("one two three four five six seven", 10)).toBe(4);
    expect(wrappedLines("first\n• second\n• third", 40)).toBe(3);
    expect(wrappedLines("a".repeat(50), 10)).toBe(5);
  });

  it("makes a row as tall as its longest cell needs, one line at least", () => {
    expect(rowHeight([null, 3, ""], [10, 10, 10])).toBe(18);
    expect(rowHeight(["a\nb\nc", "x"], [10, 10])).toBe(48);
  });

  it("never asks for a row taller than Excel allows (409 points), however long the text", () => {
    expect(rowHeight(["word ".repeat(5000)], [20])).toBe(409);
  });
});

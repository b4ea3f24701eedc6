import fc from "fast-check";
import {
  CanonicalCell,
  canonicalLine,
  canonicalLines,
  canonicalText,
  CanonicalValue,
} from "../../../src/core/submission/canonical-content";
import { utf8Bytes, utf8BytesScript } from "../../../src/core/submission/utf8-bytes";

type Cell = Pick<CanonicalCell, "table" | "row" | "column" | "value">;

// Units that JSON.stringify escapes, or that sort differently by UTF-16 unit and by code point, or neither.
const special = fc.constantFrom(
  '"',
  "\\",
  "\n",
  "\r",
  "\t",
  "\b",
  "\f",
  "\u0000",
  "\u001f",
  "\u007f",
  "\u2028",
  "\u2029",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\ud83d\ude00",
  "\u{10ffff}",
  "\ue000",
  "\uffff",
  "\ufffd",
  "é",
  "中",
  "ا",
  "\u2066",
  " "
);
const unit = fc.oneof(
  special,
  fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
  fc.constantFrom("a", "B", "7", "-", ".")
);
const text = fc.array(unit, { maxLength: 12 }).map((units) => units.join(""));
const value: fc.Arbitrary<CanonicalValue> = fc.oneof(
  fc.constant(null),
  text,
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e21, 1e-7, 0.1, 123456789012345, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.boolean(),
  text.map((error) => ({ error })),
  text.map((date) => ({ date }))
);
// Few distinct tables, rows and columns, so that cells share them as a workbook's do.
const cells: fc.Arbitrary<Cell[]> = fc
  .tuple(
    fc.array(text, { minLength: 1, maxLength: 4 }),
    fc.array(text, { minLength: 1, maxLength: 6 })
  )
  .chain(([names, rows]) =>
    fc.array(
      fc.record({
        table: fc.constantFrom(...names),
        row: fc.constantFrom(...rows),
        column: fc.constantFrom(...names),
        value,
      }),
      { maxLength: 40 }
    )
  );

/** The canonical text as docs/submission-format.md defines it, built the plain way: UTF-8 byte order. */
const referenceText = (cs: readonly Cell[]): string =>
  cs
    .map(canonicalLine)
    .sort((a, b) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")))
    .join("");

describe("canonicalLines", () => {
  it("writes each cell's line byte for byte as JSON.stringify of [table, row, column, value]", () => {
    fc.assert(
      fc.property(cells, (cs) => {
        const { lines, high } = canonicalLines(cs);
        expect(lines).toEqual(cs.map(canonicalLine));
        if (!high) expect(lines.filter((l) => /[\ud800-\uffff]/.test(l))).toEqual([]);
      }),
      { numRuns: 2000 }
    );
  });

  it("sorts them into the same canonical text as a sort by UTF-8 bytes", () => {
    fc.assert(
      fc.property(cells, (cs) => {
        expect(canonicalText(cs)).toBe(referenceText(cs));
      }),
      { numRuns: 2000 }
    );
  });

  it("writes a line with a quote, a backslash, a control character and a lone surrogate as JSON does", () => {
    const cell = {
      table: "ITU-R KPIs",
      row: 'R-1 "a"',
      column: "Note",
      value: 'x\\y\u0001\ud800"z',
    };
    expect(canonicalLines([cell]).lines).toEqual([
      '["ITU-R KPIs","R-1 \\"a\\"","Note","x\\\\y\\u0001\\ud800\\"z"]\n',
    ]);
  });
});

describe("utf8Bytes", () => {
  it("gives the same bytes through the platform's TextEncoder and in TypeScript, lone surrogates as U+FFFD", () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = Buffer.from(t, "utf8");
        expect(Buffer.from(utf8Bytes(t))).toEqual(expected);
        expect(Buffer.from(utf8BytesScript(t))).toEqual(expected);
      }),
      { numRuns: 2000 }
    );
  });
});

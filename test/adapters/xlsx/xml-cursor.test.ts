import fc from "fast-check";
import { attributesOf, scanXml, XmlCursor } from "../../../src/adapters/xlsx/xml-cursor";

/** The attribute grammar as one regular expression: the reference the hand-read common shape must agree with. */
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const byExpression = (attributes: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    const name = m[1] ?? "";
    out[name.slice(name.indexOf(":") + 1)] = m[2] ?? m[3] ?? "";
  }
  return out;
};

/** The elements a part opens and closes, in order, with their attributes. */
const events = (xml: string, chunk: number): string[] => {
  const seen: string[] = [];
  const handler = {
    open: (name: string, attributes: string) =>
      seen.push(`<${name} ${JSON.stringify(attributesOf(attributes))}`),
    close: (name: string) => seen.push(`</${name}`),
    text: (text: string) => seen.push(`"${text}`),
  };
  if (chunk <= 0) scanXml(xml, handler);
  else {
    const cursor = new XmlCursor(handler);
    for (let at = 0; at < xml.length; at += chunk) cursor.feed(xml.slice(at, at + chunk));
    cursor.end();
  }
  return seen;
};

describe("reading a sheet's XML", () => {
  it("reads every attribute string as the attribute grammar does (the common shape by hand, the rest by expression)", () => {
    const pieces = [" ", "\t", "\n", "=", '"', "'", "r", "s", "t", "A1", "x:", "&amp;", "1"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const attributes = parts.join("");
        // Entities are decoded by attributesOf: compare where there are none.
        fc.pre(!attributes.includes("&"));
        expect(attributesOf(attributes)).toEqual(byExpression(attributes));
      }),
      { numRuns: 20_000 }
    );
  });

  it("reads a cell's attributes, prefixed or not, quoted either way, entities decoded", () => {
    expect(attributesOf(' r="B7" s="3" t="s"')).toEqual({ r: "B7", s: "3", t: "s" });
    expect(attributesOf(" r='B7' x:t=\"str\"")).toEqual({ r: "B7", t: "str" });
    expect(attributesOf(' ref="A1:C3" name="a&amp;b"')).toEqual({ ref: "A1:C3", name: "a&b" });
    expect(attributesOf("")).toEqual({});
  });

  it("names elements without their prefix, and gives the same events however the text is cut into chunks", () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="ns"><x:sheetData><x:row r="1">' +
      '<x:c r="A1" t="s"><x:v>0</x:v></x:c><c r="B1"><f>SUM(A1:A2)</f><v>3</v></c>' +
      '<c r="C1" t="inlineStr"><is><t>a &lt; b</t></is></c><c r="D1" s="2"/></x:row>' +
      "</x:sheetData></x:worksheet >";
    const whole = events(xml, 0);
    expect(whole).toContain('<row {"r":"1"}');
    expect(whole).toContain('"a < b');
    expect(whole).toContain("</worksheet");
    for (const chunk of [1, 2, 3, 7, 64]) expect(events(xml, chunk)).toEqual(whole);
  });

  it("refuses a part whose elements do not nest", () => {
    expect(() => events("<a><b></a></b>", 0)).toThrow(/closes out of place/);
  });
});

import { notStreamable } from "./xlsx-package";

/** What an XmlCursor reports: element names without their namespace prefix (`x:row` is `row`). */
export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, entities decoded. */
  text(text: string): void;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** XML text with its entities decoded; an entity XML does not define sends the file to the ExcelJS path. */
export const decodeEntities = (text: string): string =>
  text.indexOf("&") < 0
    ? text
    : text.replace(/&([^;&]*);?/g, (whole, code: string) => {
        if (!whole.endsWith(";")) return notStreamable("bare ampersand");
        if (code.startsWith("#x") || code.startsWith("#X")) {
          const n = parseInt(code.slice(2), 16);
          return Number.isNaN(n)
            ? notStreamable("bad character reference")
            : String.fromCodePoint(n);
        }
        if (code.startsWith("#")) {
          const n = Number(code.slice(1));
          return Number.isInteger(n) ? String.fromCodePoint(n) : notStreamable("bad reference");
        }
        return NAMED[code] ?? notStreamable(`entity &${code};`);
      });

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The attributes of the common shape, `name="value"` apart by whitespace, with no prefix, entity or single
 * quote: read by hand (a sheet's 250,000 cells each have some); undefined for any other shape.
 */
const plainAttributes = (attributes: string): Record<string, string> | undefined => {
  if (attributes.indexOf(":") >= 0 || attributes.indexOf("&") >= 0 || attributes.indexOf("'") >= 0)
    return undefined;
  const out: Record<string, string> = {};
  const n = attributes.length;
  let i = 0;
  while (i < n) {
    const c = attributes.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    let end = i;
    for (; end < n; end++) {
      const e = attributes.charCodeAt(end);
      if (e === 61 /* = */ || e === 32 || e === 9 || e === 10 || e === 13) break;
    }
    if (
      end === i ||
      attributes.charCodeAt(end) !== 61 ||
      attributes.charCodeAt(end + 1) !== 34 /* " */
    )
      return undefined;
    const close = attributes.indexOf('"', end + 2);
    if (close < 0) return undefined;
    out[attributes.slice(i, end)] = attributes.slice(end + 2, close);
    i = close + 1;
  }
  return out;
};

/** An element's attributes by name without prefix (`r:id` is `id`), values decoded. */
export const attributesOf = (attributes: string): Record<string, string> => {
  const plain = plainAttributes(attributes);
  if (plain) return plain;
  const out: Record<string, string> = {};
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    const name = m[1] ?? "";
    out[name.slice(name.indexOf(":") + 1)] = decodeEntities(m[2] ?? m[3] ?? "");
  }
  return out;
};

/**
 * A small streaming XML tokenizer: fed text a chunk at a time (however a chunk splits a tag), it reports each
 * element's opening and closing and the text between, and checks that the elements nest (a part that does not
 * is damaged: NotStreamable, so that the ExcelJS path names it). No DTDs, no CDATA: .xlsx parts from Excel,
 * ExcelJS, openpyxl and LibreOffice have none, and a part with them goes to the ExcelJS path.
 */
export class XmlCursor {
  private rest = "";
  private readonly open: string[] = [];

  constructor(private readonly handler: XmlHandler) {}

  feed(chunk: string): void {
    const xml = this.rest + chunk;
    let at = 0;
    for (;;) {
      const lt = xml.indexOf("<", at);
      if (lt < 0) {
        // Text may continue in the next chunk: keep it whole.
        this.rest = xml.slice(at);
        return;
      }
      if (lt > at && this.open.length > 0) this.handler.text(decodeEntities(xml.slice(at, lt)));
      const next = xml.charCodeAt(lt + 1);
      if (next === 63 /* ? */) {
        const end = xml.indexOf("?>", lt);
        if (end < 0) return this.keep(xml, lt);
        at = end + 2;
        continue;
      }
      if (next === 33 /* ! */) {
        if (xml.length < lt + 4) return this.keep(xml, lt);
        if (!xml.startsWith("<!--", lt)) notStreamable("DTD or CDATA");
        const end = xml.indexOf("-->", lt);
        if (end < 0) return this.keep(xml, lt);
        at = end + 3;
        continue;
      }
      const gt = xml.indexOf(">", lt);
      if (gt < 0) return this.keep(xml, lt);
      at = gt + 1;
      if (next === 47 /* / */) {
        let start = lt + 2;
        let end = gt;
        while (start < end && isSpace(xml.charCodeAt(start))) start++;
        while (end > start && isSpace(xml.charCodeAt(end - 1))) end--;
        const name = nameAt(xml, start, end);
        if (this.open.pop() !== name) notStreamable(`element <${name}> closes out of place`);
        this.handler.close(name);
        continue;
      }
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      const bodyEnd = selfClosing ? gt - 1 : gt;
      let nameEnd = lt + 1;
      while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
      const name = nameAt(xml, lt + 1, nameEnd);
      const attributes = nameEnd < bodyEnd ? xml.slice(nameEnd, bodyEnd) : "";
      if (!selfClosing) this.open.push(name);
      this.handler.open(name, attributes, selfClosing);
      if (selfClosing) this.handler.close(name);
    }
  }

  /** Called after the last chunk: a part that ends inside an element is damaged. */
  end(): void {
    if (this.open.length > 0 || this.rest.trim() !== "") notStreamable("part ends early");
  }

  private keep(xml: string, from: number): void {
    this.rest = xml.slice(from);
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The local name (without its prefix: `x:row` is `row`) of the element named in xml[start, end): the names a
 * sheet repeats for every cell (c, v, f, row, ...) as constants, the rest cut from the text.
 */
const nameAt = (xml: string, start: number, end: number): string => {
  for (let i = start; i < end; i++)
    if (xml.charCodeAt(i) === 58 /* : */) {
      start = i + 1;
      break;
    }
  const first = xml.charCodeAt(start);
  if (end - start === 1) {
    if (first === 99) return "c";
    if (first === 118) return "v";
    if (first === 102) return "f";
    if (first === 116) return "t";
    if (first === 114) return "r";
  } else if (end - start === 3 && first === 114 && xml.startsWith("row", start)) return "row";
  return xml.slice(start, end);
};

/** Tokenizes a whole part given as text. */
export const scanXml = (xml: string, handler: XmlHandler): void => {
  const cursor = new XmlCursor(handler);
  cursor.feed(xml);
  cursor.end();
};

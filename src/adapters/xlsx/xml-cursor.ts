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

/** An element's attributes by name without prefix (`r:id` is `id`), values decoded. */
export const attributesOf = (attributes: string): Record<string, string> => {
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
      const tag = xml.slice(lt + 1, gt);
      at = gt + 1;
      if (tag.charCodeAt(0) === 47 /* / */) {
        const name = localName(tag.slice(1).trim());
        if (this.open.pop() !== name) notStreamable(`element <${name}> closes out of place`);
        this.handler.close(name);
        continue;
      }
      const selfClosing = tag.charCodeAt(tag.length - 1) === 47;
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const space = body.search(/\s/);
      const qualified = space < 0 ? body : body.slice(0, space);
      const name = localName(qualified);
      const attributes = space < 0 ? "" : body.slice(space);
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

const localName = (qualified: string): string => qualified.slice(qualified.indexOf(":") + 1);

/** Tokenizes a whole part given as text. */
export const scanXml = (xml: string, handler: XmlHandler): void => {
  const cursor = new XmlCursor(handler);
  cursor.feed(xml);
  cursor.end();
};

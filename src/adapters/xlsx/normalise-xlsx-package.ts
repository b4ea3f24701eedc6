import type JSZip from "jszip";
import { loadJsZip } from "./lazy-modules";
import { WORKBOOK_LIMITS } from "../../core/snapshot";
import { relativePartTarget, resolvePartTarget } from "./part-path";
import { shiftFormula } from "./shift-formula";
import { message, type Message } from "../../core/i18n";
import { partMessage, WorkbookReadError } from "./workbook-read-error";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const WORKSHEET_TYPE = /\/worksheet$/;
const SHARED_STRINGS_TYPE = /\/sharedStrings$/;

/** What JSZip knows of an entry from the zip's central directory (a private field in its typings). */
interface EntrySizes {
  readonly _data?: { readonly uncompressedSize?: number };
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points to, resolved; undefined for an external target. */
  readonly part: string | undefined;
}

const decodeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, code: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (/^#x/i.test(code)) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return named[code.toLowerCase()] ?? "";
  });

const encodeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const attribute = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[2] ?? m[3] ?? "") : undefined;
};

/**
 * Element names written with a prefix for `namespace` (`<x:row>`, as the .NET Open XML SDK may write them)
 * without it, the namespace made the default: ExcelJS matches element names literally.
 */
const withoutPrefix = (xml: string, namespace: string): string => {
  const root = /<(?![?!])[^>]*>/.exec(xml)?.[0] ?? "";
  const prefixes = [...root.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)]
    .filter((m) => m[2] === namespace)
    .map((m) => m[1] ?? "");
  if (prefixes.length === 0) return xml;
  const defaultNs = /\sxmlns\s*=\s*["']([^"']*)["']/.exec(root)?.[1];
  if (defaultNs !== undefined && defaultNs !== namespace) return xml;
  let out = xml;
  for (const p of prefixes) out = out.replace(new RegExp(`<(/?)${p}:`, "g"), "<$1");
  if (defaultNs === undefined)
    out = out.replace(
      new RegExp(`(<[^?!][^>]*?\\s)xmlns:${prefixes[0] ?? ""}(\\s*=)`),
      "$1xmlns$2"
    );
  return out;
};

const columnNumber = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

const position = (address: string): [number, number] | undefined => {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  return m ? [Number(m[2]), columnNumber(m[1] ?? "A")] : undefined;
};

/**
 * Every shared formula written as an ordinary one: the master's formula moved to each cell it covers, as
 * Excel computes it (ExcelJS cannot write back a shared formula whose master it did not read first). A cell
 * sharing a formula whose master is missing keeps its computed value.
 */
const unshareFormulas = (xml: string): string => {
  const masters = new Map<string, { formula: string; at: [number, number] }>();
  return xml.replace(
    /<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g,
    (whole, attrs: string, _e, body?: string) => {
      if (body === undefined || !body.includes("<f")) return whole;
      const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
      if (!f || attribute(f[1] ?? "", "t") !== "shared") return whole;
      const si = attribute(f[1] ?? "", "si") ?? "";
      const at = position(attribute(attrs, "r") ?? "");
      let replacement = "";
      if (f[2] !== undefined && f[2] !== "" && at) {
        const formula = decodeXml(f[2]);
        masters.set(si, { formula, at });
        replacement = `<f>${encodeXml(formula)}</f>`;
      } else {
        const master = masters.get(si);
        if (master && at)
          replacement = `<f>${encodeXml(shiftFormula(master.formula, at[0] - master.at[0], at[1] - master.at[1]))}</f>`;
      }
      return `<c${attrs}>${body.replace(f[0], replacement)}</c>`;
    }
  );
};

/** The first element that does not close where it should, in XML text; undefined when the tags balance. */
const unbalancedTag = (xml: string): string | undefined => {
  const open: string[] = [];
  const tags =
    /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  for (const m of xml.matchAll(tags)) {
    const name = m[2];
    if (name === undefined || m[3] === "/") continue;
    if (m[1] === "/") {
      if (open.pop() !== name) return name;
    } else open.push(name);
  }
  return open.length > 0 ? open[open.length - 1] : undefined;
};

/** How a message names a part: by its sheet's name where it is a worksheet, `its sheet "A KPIs" (xl/...)`. */
const partDescriber = (
  workbookXml: string,
  workbookRels: readonly Relationship[]
): ((part: string) => Message) & { readonly sheetOf: (part: string) => string | undefined } => {
  const sheetNames = new Map<string, string>();
  for (const tag of workbookXml.match(/<sheet\b[^>]*>/g) ?? []) {
    const id = attribute(tag, "[\\w]+:id");
    const part = workbookRels.find((r) => r.id === id)?.part;
    if (part !== undefined) sheetNames.set(part, attribute(tag, "name") ?? "");
  }
  const describe = (part: string): Message => partMessage(part, sheetNames.get(part));
  return Object.assign(describe, { sheetOf: (part: string) => sheetNames.get(part) });
};

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs joined, decoded. */
const runsText = (xml: string): string =>
  [...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => decodeXml(m[1] ?? "")).join("");

/** Reads the parts of a package as text where asked, and keeps the ones rewritten. */
class Parts {
  private readonly changed = new Map<string, string>();
  // Each part is inflated once, however many checks read it.
  private readonly read = new Map<string, string>();

  constructor(private readonly zip: JSZip) {}

  has(part: string): boolean {
    return this.zip.file(part) !== null;
  }

  async text(part: string): Promise<string> {
    const known = this.changed.get(part) ?? this.read.get(part);
    if (known !== undefined) return known;
    const text = (await this.zip.file(part)?.async("string")) ?? "";
    this.read.set(part, text);
    return text;
  }

  set(part: string, before: string, after: string): void {
    if (after !== before) this.changed.set(part, after);
  }

  get anyChanged(): boolean {
    return this.changed.size > 0;
  }

  async bytes(): Promise<Uint8Array> {
    for (const [part, text] of this.changed) this.zip.file(part, text);
    // Held in memory for the reader only: stored, not deflated, costs nothing to make and to read.
    return this.zip.generateAsync({ type: "uint8array", compression: "STORE" });
  }
}

/**
 * What a package's relationships say, with every target made relative to its source part as Excel writes it
 * (openpyxl writes them absolute: `/xl/tables/table1.xml`), and the relationship parts without a namespace
 * prefix.
 */
const relationshipsOf = async (
  parts: Parts,
  relsParts: readonly string[]
): Promise<Map<string, Relationship[]>> => {
  const bySource = new Map<string, Relationship[]>();
  for (const relsPart of relsParts) {
    const source = relsPart.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
    const before = await parts.text(relsPart);
    const rels: Relationship[] = [];
    const after = withoutPrefix(before, RELS_NS).replace(/<Relationship\b[^>]*>/g, (tag) => {
      const target = attribute(tag, "Target");
      const external = attribute(tag, "TargetMode") === "External";
      const part = target === undefined || external ? undefined : resolvePartTarget(source, target);
      rels.push({ id: attribute(tag, "Id") ?? "", type: attribute(tag, "Type") ?? "", part });
      if (part === undefined) return tag;
      const relative = relativePartTarget(source, part);
      return tag.replace(
        /(\sTarget\s*=\s*)("[^"]*"|'[^']*')/,
        `$1"${encodeXml(relative).replace(/"/g, "&quot;")}"`
      );
    });
    parts.set(relsPart, before, after);
    bySource.set(source, rels);
  }
  return bySource;
};

/**
 * A package from any tool in the form ExcelJS reads: relationship targets relative (ExcelJS 4.4 loses absolute
 * ones, and with them every table), no namespace prefixes on SpreadsheetML elements (`<x:row>`), shared
 * formulas written out in full. Refuses, naming the file and the part or sheet, what no reader could use:
 * an empty (0-byte) part, a cell pointing past the shared strings, and any cell, in a table or not, holding
 * more text than Excel's 32,767 characters (a command would otherwise copy it into a file Excel cannot open). Returns the
 * bytes themselves when nothing needed changing. Runs after checkXlsxPackage has held the file to the limits.
 */
export const normaliseXlsxPackage = async (
  file: string,
  bytes: Uint8Array
): Promise<Uint8Array> => {
  const refuse = (reason: Message): never => {
    throw new WorkbookReadError(file, reason);
  };
  const zip = await (await loadJsZip()).loadAsync(bytes);
  const parts = new Parts(zip);
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  const relsParts = entries.map((e) => e.name).filter((n) => /(^|\/)_rels\/[^/]*\.rels$/.test(n));
  const rels = await relationshipsOf(parts, relsParts);

  const workbookRels = rels.get("xl/workbook.xml") ?? [];
  const workbookBefore = await parts.text("xl/workbook.xml");
  const workbookXml = withoutPrefix(workbookBefore, MAIN_NS);
  parts.set("xl/workbook.xml", workbookBefore, workbookXml);
  const describe = partDescriber(workbookXml, workbookRels);

  for (const entry of entries) {
    // JSZip keeps no size for an empty entry.
    const size = (entry as unknown as EntrySizes)._data?.uncompressedSize ?? 0;
    if (size === 0 && /\.(xml|rels)$/i.test(entry.name))
      refuse(message("error.xlsx.emptyPart", { part: describe(entry.name) }));
  }

  const xmlParts = entries
    .map((e) => e.name)
    .filter((n) => /^xl\/.*\.xml$/i.test(n) && n !== "xl/workbook.xml");
  for (const part of xmlParts) {
    const before = await parts.text(part);
    const after = withoutPrefix(before, MAIN_NS);
    parts.set(part, before, after);
  }

  const sharedStringsPart = workbookRels.find((r) => SHARED_STRINGS_TYPE.test(r.type))?.part;
  const sstXml =
    sharedStringsPart !== undefined && parts.has(sharedStringsPart)
      ? await parts.text(sharedStringsPart)
      : "";
  const sharedStrings = (sstXml.match(/<si(?=[\s>/])/g) ?? []).length;
  // Strings past what a cell holds, by index: only an item whose XML is that long can be (decoding shortens).
  const longStrings = new Map<number, number>();
  let item = 0;
  for (const m of sstXml.matchAll(/<si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/si>)/g)) {
    const body = m[1] ?? "";
    if (body.length > WORKBOOK_LIMITS.cellChars) {
      const length = runsText(body).length;
      if (length > WORKBOOK_LIMITS.cellChars) longStrings.set(item, length);
    }
    item++;
  }
  const overLimit = (part: string, cell: string, length: number): never =>
    refuse(
      message("error.cell.tooLong", {
        sheet: describe.sheetOf(part) ?? part,
        cell,
        length,
        limit: WORKBOOK_LIMITS.cellChars,
      })
    );
  for (const rel of workbookRels.filter((r) => WORKSHEET_TYPE.test(r.type))) {
    const part = rel.part;
    if (part === undefined || !parts.has(part)) continue;
    const before = await parts.text(part);
    for (const m of before.matchAll(
      /<c\b([^>]*?\bt\s*=\s*["']s["'][^>]*)>\s*<v>\s*(\d+)\s*<\/v>/g
    )) {
      const index = Number(m[2]);
      const long = longStrings.get(index);
      if (long !== undefined) overLimit(part, attribute(m[1] ?? "", "r") ?? "?", long);
      if (index >= sharedStrings)
        refuse(
          message("error.xlsx.sharedString", {
            part: describe(part),
            cell: attribute(m[1] ?? "", "r") ?? "?",
            index,
            count: sharedStrings,
            strings: sharedStringsPart ?? "",
          })
        );
    }
    if (before.length > WORKBOOK_LIMITS.cellChars && before.includes("inlineStr"))
      for (const m of before.matchAll(
        /<c\b([^>]*?\bt\s*=\s*["']inlineStr["'][^>]*)>\s*<is>([\s\S]*?)<\/is>/g
      )) {
        const body = m[2] ?? "";
        if (body.length <= WORKBOOK_LIMITS.cellChars) continue;
        const length = runsText(body).length;
        if (length > WORKBOOK_LIMITS.cellChars)
          overLimit(part, attribute(m[1] ?? "", "r") ?? "?", length);
      }
    if (/\bt\s*=\s*["']shared["']/.test(before)) parts.set(part, before, unshareFormulas(before));
  }
  return parts.anyChanged ? parts.bytes() : bytes;
};

/**
 * Where a package ExcelJS could not read is broken, for the message: the first workbook, sheet, table,
 * styles, shared strings or relationship part whose tags do not balance; undefined when none is found.
 */
export const damagedPart = async (bytes: Uint8Array): Promise<Message | undefined> => {
  const zip = await (await loadJsZip()).loadAsync(bytes);
  const parts = new Parts(zip);
  const names = Object.values(zip.files)
    .filter((e) => !e.dir)
    .map((e) => e.name);
  const describe = partDescriber(
    withoutPrefix(await parts.text("xl/workbook.xml"), MAIN_NS),
    (
      await relationshipsOf(
        parts,
        names.filter((n) => n === "xl/_rels/workbook.xml.rels")
      )
    ).get("xl/workbook.xml") ?? []
  );
  const checked = names.filter((n) =>
    /\.rels$|^xl\/(worksheets|tables)\/[^/]+\.xml$|^xl\/(workbook|sharedStrings|styles)\.xml$/.test(
      n
    )
  );
  for (const part of checked) {
    const broken = unbalancedTag(await parts.text(part));
    if (broken !== undefined)
      return message("error.xlsx.notWellFormed", { part: describe(part), element: `<${broken}>` });
  }
  return undefined;
};

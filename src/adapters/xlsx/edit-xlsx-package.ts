import type { SheetSpec } from "../../core/layout";
import { sheetPlace } from "../../core/format";
import { notEditable } from "./package-not-editable";
import { relationshipsPartOf, relativePartTarget, resolvePartTarget } from "./part-path";
import { sheetPartXml, xmlAttribute } from "./sheet-part-xml";
import { editStyles } from "./edit-styles";
import { NotStreamable, XlsxPackage } from "./xlsx-package";
import { deflatedEntry, writeZip, ZipEntry } from "./zip-writer";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = `${REL_NS}/`;
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TABLE_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const RELS_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, code: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (/^#x/i.test(code)) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return named[code.toLowerCase()] ?? "";
  });

/** An attribute's value in a tag, decoded; undefined where the tag has none. */
const attribute = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decode(m[2] ?? m[3] ?? "") : undefined;
};

/** The tag with the attribute set to `value` (added before its end where absent), or removed when undefined. */
const withAttribute = (tag: string, name: string, value: string | undefined): string => {
  const re = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`);
  const without = tag.replace(re, "");
  if (value === undefined) return without;
  return without.replace(/\s*(\/?>)$/, ` ${name}="${xmlAttribute(value)}"$1`);
};

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly part: string | undefined;
}

const relationshipsIn = (xml: string, source: string): Relationship[] =>
  [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => {
    const target = attribute(tag, "Target");
    const external = attribute(tag, "TargetMode") === "External";
    return {
      id: attribute(tag, "Id") ?? "",
      type: attribute(tag, "Type") ?? "",
      part: target === undefined || external ? undefined : resolvePartTarget(source, target),
    };
  });

/** One tab of the workbook, as it was or as it will be written. */
interface Tab {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** Its tag in workbook.xml as read; undefined for a sheet added here. */
  readonly tag?: string;
  /** Its index among the sheets as read; undefined for a sheet added here. */
  readonly was?: number;
  readonly part: string;
  /** The spec written into it, for an added or replaced sheet. */
  readonly spec?: SheetSpec;
}

/** The highest number in part names of this form (`xl/tables/table7.xml` gives 7), case-insensitively. */
const highest = (names: readonly string[], pattern: RegExp): number =>
  names.reduce((n, name) => Math.max(n, Number(pattern.exec(name.toLowerCase())?.[1] ?? 0)), 0);

/**
 * Adds or replaces sheets by editing the workbook's package, as replaceSheets does with ExcelJS (each sheet
 * where the format places it, sheetPlace; the sheets named in `veryHidden` made very hidden), but copying every
 * other part as stored, byte for byte: the user's sheets, shared strings, styles they use, everything ExcelJS
 * would rewrite or lose. Writes the new sheets' parts, their tables and relationships, their cell formats
 * (appended to the styles), the workbook's sheet list, relationships and content types; a replaced sheet's
 * old tables go, and so does the calculation chain, which Excel rebuilds. Throws PackageNotEditable where it
 * cannot do so safely (a part in a form it does not edit, a sheet spec it does not write): the caller then
 * writes the workbook through ExcelJS.
 */
export const editXlsxPackage = async (
  file: string,
  bytes: Uint8Array,
  sheets: readonly SheetSpec[],
  veryHidden: readonly string[] = []
): Promise<Uint8Array> => {
  let pkg: XlsxPackage;
  try {
    pkg = XlsxPackage.open(file, bytes);
  } catch (error) {
    if (error instanceof NotStreamable) return notEditable(`package: ${error.message}`);
    throw error;
  }
  const text = (part: string): string => {
    try {
      return pkg.text(part);
    } catch (error) {
      if (error instanceof NotStreamable) return notEditable(`part ${part}: ${error.message}`);
      throw error;
    }
  };
  const changed = new Map<string, string>();
  const dropped = new Set<string>();
  const added: { part: string; xml: string }[] = [];

  const workbookXml = text("xl/workbook.xml");
  if (
    !/<workbook[\s>]/.test(workbookXml) ||
    /<\/?[\w.-]+:(sheets?|definedNames?|workbookView)[\s>/]/.test(workbookXml)
  )
    notEditable("a workbook part whose elements have a namespace prefix");
  const relPrefix = [...workbookXml.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)].find(
    (m) => m[2] === REL_NS
  )?.[1];
  if (relPrefix === undefined) notEditable("a workbook part without the relationships namespace");
  const relsPart = "xl/_rels/workbook.xml.rels";
  const workbookRelsXml = text(relsPart);
  const workbookRels = relationshipsIn(workbookRelsXml, "xl/workbook.xml");

  const sheetsBlock =
    /<sheets>([\s\S]*?)<\/sheets>/.exec(workbookXml) ?? notEditable("no sheet list");
  const tabs: Tab[] = [
    ...(sheetsBlock[1] ?? "").matchAll(/<sheet\b[^>]*?(\/>|>\s*<\/sheet>)/g),
  ].map(([tag], i) => {
    const rel = workbookRels.find((r) => r.id === attribute(tag, `${relPrefix ?? "r"}:id`));
    if (!rel || rel.type !== `${TYPE}worksheet` || rel.part === undefined || !pkg.has(rel.part))
      notEditable("a sheet that is not a worksheet part");
    const state = attribute(tag, "state");
    return {
      name: attribute(tag, "name") ?? "",
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      tag,
      was: i,
      part: rel?.part ?? "",
    };
  });

  const names = pkg.names;
  let nextSheet = highest(names, /^xl\/worksheets\/sheet(\d+)\.xml$/);
  let nextTable = highest(names, /^xl\/tables\/table(\d+)\.xml$/);
  for (const spec of sheets) {
    const place = sheetPlace(
      tabs.map((t) => ({ name: t.name, visible: t.state === "visible" })),
      spec.name
    );
    const old = tabs[place];
    if (old && old.name.toLowerCase() === spec.name.toLowerCase()) {
      const oldRels = relationshipsPartOf(old.part);
      if (pkg.has(oldRels)) {
        for (const rel of relationshipsIn(text(oldRels), old.part)) {
          if (rel.type !== `${TYPE}table` || rel.part === undefined)
            notEditable(`a replaced sheet with a relationship of type ${rel.type}`);
          if (pkg.has(rel.part ?? "")) dropped.add(rel.part ?? "");
        }
        dropped.add(oldRels);
      }
      tabs[place] = { ...old, name: spec.name, state: spec.visibility, spec };
    } else
      tabs.splice(place, 0, {
        name: spec.name,
        state: spec.visibility,
        part: `xl/worksheets/sheet${++nextSheet}.xml`,
        spec,
      });
  }

  // Table names and ids are workbook-wide: a new table's name must be free, its id above every other.
  const kept = names.filter((n) => /^xl\/tables\/[^/]+\.xml$/i.test(n) && !dropped.has(n));
  let tableId = 0;
  const tableNames = new Set<string>();
  for (const part of kept) {
    const tag = /<table\b[^>]*>/.exec(text(part))?.[0] ?? notEditable(`table part ${part}`);
    tableId = Math.max(tableId, Number(attribute(tag, "id") ?? 0));
    tableNames.add((attribute(tag, "name") ?? "").toLowerCase());
    tableNames.add((attribute(tag, "displayName") ?? "").toLowerCase());
  }

  const styles = editStyles(text("xl/styles.xml"));
  const contentTypes: string[] = [];
  for (const tab of tabs) {
    if (!tab.spec) continue;
    const written = sheetPartXml(tab.spec, styles.xf);
    const rels = written.tables.map((table, i) => {
      if (tableNames.has(table.name.toLowerCase())) notEditable(`table name ${table.name} in use`);
      tableNames.add(table.name.toLowerCase());
      const part = `xl/tables/table${++nextTable}.xml`;
      added.push({ part, xml: table.xml(++tableId) });
      contentTypes.push(`<Override PartName="/${part}" ContentType="${TABLE_CT}"/>`);
      return `<Relationship Id="rId${i + 1}" Type="${TYPE}table" Target="${relativePartTarget(tab.part, part)}"/>`;
    });
    const relsOf = relationshipsPartOf(tab.part);
    if (tab.tag === undefined) {
      added.push({ part: tab.part, xml: written.sheet });
      contentTypes.push(`<Override PartName="/${tab.part}" ContentType="${WORKSHEET_CT}"/>`);
    } else changed.set(tab.part, written.sheet);
    if (rels.length > 0) {
      dropped.delete(relsOf);
      const xml = `${RELS_HEAD}${rels.join("")}</Relationships>`;
      if (pkg.has(relsOf)) changed.set(relsOf, xml);
      else added.push({ part: relsOf, xml });
    }
  }

  // The workbook: its sheet list in the new order, new sheets related, names and views following their sheets.
  const replaced = tabs.some((t) => t.spec && t.tag !== undefined);
  const calcChain = workbookRels.find((r) => r.type === `${TYPE}calcChain`);
  let relsXml = workbookRelsXml;
  if (replaced && calcChain?.part !== undefined) {
    // Its entries may point at the replaced sheets' formulas: Excel rebuilds a missing chain, never a wrong one.
    dropped.add(calcChain.part);
    relsXml = relsXml.replace(
      new RegExp(`<Relationship\\b[^>]*\\sId\\s*=\\s*["']${calcChain.id}["'][^>]*>`),
      ""
    );
  }
  const ids = new Set(workbookRels.map((r) => r.id));
  let nextId = 0;
  const newId = (): string => {
    while (ids.has(`rId${++nextId}`));
    ids.add(`rId${nextId}`);
    return `rId${nextId}`;
  };
  let sheetId = Math.max(0, ...tabs.map((t) => Number(t.tag ? attribute(t.tag, "sheetId") : 0)));
  const newRels: string[] = [];
  const sheetTags = tabs.map((tab) => {
    const state = veryHidden.includes(tab.name) ? "veryHidden" : tab.state;
    const value = state === "visible" ? undefined : state;
    if (tab.tag === undefined) {
      const id = newId();
      newRels.push(
        `<Relationship Id="${id}" Type="${TYPE}worksheet" Target="${relativePartTarget("xl/workbook.xml", tab.part)}"/>`
      );
      return `<sheet name="${xmlAttribute(tab.name)}" sheetId="${++sheetId}"${value ? ` state="${value}"` : ""} ${relPrefix ?? "r"}:id="${id}"/>`;
    }
    const tag = tab.spec ? withAttribute(tab.tag, "name", tab.name) : tab.tag;
    const was = attribute(tab.tag, "state");
    return (was === "visible" ? undefined : was) === value
      ? tag
      : withAttribute(tag, "state", value);
  });
  const moved = new Map<number, number>();
  tabs.forEach((t, i) => t.was !== undefined && moved.set(t.was, i));
  const replacedAt = new Set(tabs.flatMap((t) => (t.spec && t.was !== undefined ? [t.was] : [])));
  let workbook = workbookXml.replace(
    sheetsBlock[0],
    () => `<sheets>${sheetTags.join("")}</sheets>`
  );
  workbook = workbook.replace(
    /<definedName\b[^>]*>[\s\S]*?<\/definedName>|<definedName\b[^>]*\/>/g,
    (name) => {
      const local = attribute(name, "localSheetId");
      if (local === undefined) return name;
      if (replacedAt.has(Number(local))) return "";
      const to = moved.get(Number(local));
      return to === undefined
        ? name
        : name.replace(/^<definedName\b[^>]*>/, (tag) =>
            withAttribute(tag, "localSheetId", String(to))
          );
    }
  );
  workbook = workbook.replace(/<definedNames>\s*<\/definedNames>/, "");
  workbook = workbook.replace(/<workbookView\b[^>]*>/g, (view) =>
    ["activeTab", "firstSheet"].reduce((tag, a) => {
      const at = attribute(tag, a);
      const to = at === undefined ? undefined : moved.get(Number(at));
      return to === undefined ? tag : withAttribute(tag, a, String(to));
    }, view)
  );
  changed.set("xl/workbook.xml", workbook);
  if (newRels.length > 0)
    relsXml = relsXml.replace(/<\/Relationships>\s*$/, () => `${newRels.join("")}</Relationships>`);
  changed.set(relsPart, relsXml);
  changed.set("xl/styles.xml", styles.xml());

  const typesPart = "[Content_Types].xml";
  let types = text(typesPart);
  if (!/<Types[\s>]/.test(types)) notEditable("a content types part whose elements have a prefix");
  for (const part of dropped)
    types = types.replace(/<Override\b[^>]*>/g, (tag) =>
      (attribute(tag, "PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase() ? "" : tag
    );
  if (!/<Default\b[^>]*\sExtension\s*=\s*["']rels["']/i.test(types))
    contentTypes.push(
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    );
  changed.set(
    typesPart,
    types.replace(/<\/Types>\s*$/, () => `${contentTypes.join("")}</Types>`)
  );

  const encoder = new TextEncoder();
  const entries: ZipEntry[] = [];
  for (const name of names) {
    if (dropped.has(name)) continue;
    const xml = changed.get(name);
    entries.push(
      xml === undefined ? pkg.storedEntry(name) : await deflatedEntry(name, encoder.encode(xml))
    );
  }
  for (const { part, xml } of added) entries.push(await deflatedEntry(part, encoder.encode(xml)));
  return writeZip(entries);
};

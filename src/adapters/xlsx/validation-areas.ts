import type ExcelJS from "exceljs";
import { a1Range, decodeRange, RangePosition } from "../../core/format";
import type { RangeValidation, ValidationRule } from "../../core/layout";

/** One rule over many areas of a sheet: Excel's `sqref`, its areas separated by spaces. */
export interface ValidationAreas {
  readonly rule: ValidationRule;
  readonly sqref: string;
}

/**
 * A sheet's validations grouped by rule, each group's ranges merged where one continues the one above (same
 * columns, next row): a KPI sheet's value cells get one `<dataValidation>` per kind of value (a percentage,
 * Yes/No, a milestone stage...) whose `sqref` lists its rows, rather than one element per KPI row.
 * @example validationAreas([{ range: "I2:K2", rule }, { range: "I3:K3", rule }]) // [{ rule, sqref: "I2:K3" }]
 */
export const validationAreas = (validations: readonly RangeValidation[]): ValidationAreas[] => {
  const groups = new Map<string, { rule: ValidationRule; areas: RangePosition[] }>();
  for (const v of validations) {
    const at = decodeRange(v.range);
    if (!at) throw new RangeError(`not an A1 range: ${v.range}`);
    const key = JSON.stringify(v.rule);
    const group = groups.get(key) ?? { rule: v.rule, areas: [] };
    groups.set(key, group);
    const last = group.areas[group.areas.length - 1];
    if (last && last.left === at.left && last.right === at.right && last.bottom + 1 === at.top)
      group.areas[group.areas.length - 1] = { ...last, bottom: at.bottom };
    else group.areas.push(at);
  }
  return [...groups.values()].map(({ rule, areas }) => ({
    rule,
    sqref: areas.map((a) => a1Range(a.top, a.left, a.bottom, a.right)).join(" "),
  }));
};

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A `<dataValidation>` element as ExcelJS itself writes one (same attributes, same order), over `sqref`. */
export const dataValidationXml = (v: ExcelJS.DataValidation, sqref: string): string => {
  const attributes: [string, string | undefined][] = [
    ["type", v.type],
    ["operator", v.type !== "list" && v.operator !== "between" ? v.operator : undefined],
    ["allowBlank", v.allowBlank ? "1" : undefined],
    ["showInputMessage", v.showInputMessage ? "1" : undefined],
    ["promptTitle", v.promptTitle],
    ["prompt", v.prompt],
    ["showErrorMessage", v.showErrorMessage ? "1" : undefined],
    ["errorStyle", v.errorStyle],
    ["errorTitle", v.errorTitle],
    ["error", v.error],
    ["sqref", sqref],
  ];
  const attrs = attributes
    .filter((a): a is [string, string] => a[1] !== undefined && a[1] !== "")
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join("");
  const formulae = (v.formulae ?? [])
    .map((f, i) => `<formula${i + 1}>${escapeXml(String(f))}</formula${i + 1}>`)
    .join("");
  return `<dataValidation${attrs}>${formulae}</dataValidation>`;
};

// The elements a worksheet may have after <dataValidations>, in the order the schema (CT_Worksheet) puts them.
const AFTER_VALIDATIONS = [
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * A worksheet part's XML with these `<dataValidation>` elements added: inside its `<dataValidations>` (its
 * count raised) where it has one, otherwise in a new one where the schema places it.
 */
export const insertDataValidations = (xml: string, elements: readonly string[]): string => {
  if (elements.length === 0) return xml;
  const end = xml.lastIndexOf("</sheetData>");
  const from = end < 0 ? 0 : end;
  const close = xml.indexOf("</dataValidations>", from);
  if (close >= 0) {
    const open = xml.lastIndexOf("<dataValidations", close);
    const head = /^<dataValidations\b[^>]*>/.exec(xml.slice(open, open + 200))?.[0] ?? "";
    const count = Number(/\bcount="(\d+)"/.exec(head)?.[1] ?? 0) + elements.length;
    const newHead = /\bcount="/.test(head)
      ? head.replace(/\bcount="\d+"/, `count="${count}"`)
      : head.replace("<dataValidations", `<dataValidations count="${count}"`);
    return (
      xml.slice(0, open) +
      newHead +
      xml.slice(open + head.length, close) +
      elements.join("") +
      xml.slice(close)
    );
  }
  const block = `<dataValidations count="${elements.length}">${elements.join("")}</dataValidations>`;
  let at = xml.lastIndexOf("</worksheet>");
  for (const name of AFTER_VALIDATIONS) {
    const i = xml.indexOf(`<${name}`, from);
    if (i >= 0 && (i < at || at < 0)) at = i;
  }
  if (at < 0) throw new RangeError("not a worksheet part: no </worksheet>");
  return xml.slice(0, at) + block + xml.slice(at);
};

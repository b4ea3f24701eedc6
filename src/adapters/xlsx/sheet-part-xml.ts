import type { CellValue, SheetSpec, TableSpec, TextStyle } from "../../core/layout";
import { a1, a1Range, decodeCell, decodeRange, TABLE_STYLE, TEXT_LOOKS } from "../../core/format";
import type { TextLook } from "../../core/format";
import { notEditable } from "./package-not-editable";

/** How a written cell looks, as the ExcelJS writer (write-xlsx.ts) styles the same cell. */
export interface CellLook {
  /** A text cell's font; the workbook's default font where absent. */
  readonly font?: TextLook;
  readonly wrap: boolean;
  /** A table's data cell of a locked (plan) column: written with its protection applied, as ExcelJS does. */
  readonly locked: boolean;
}

/** A sheet written as package parts: the worksheet part, and each of its tables (given its workbook-wide id). */
export interface SheetPartXml {
  readonly sheet: string;
  readonly tables: readonly { readonly name: string; readonly xml: (id: number) => string }[];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Characters XML 1.0 cannot hold at all (control characters, lone surrogates, U+FFFE and U+FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the control characters are what it finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Any unit NOT_XML may find, paired surrogates too: a quick scan that rules out most texts (a stamp's 11 MB). */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const MAYBE_NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

const checked = (text: string): string =>
  MAYBE_NOT_XML.test(text) && NOT_XML.test(text) ? notEditable("a text XML cannot hold") : text;

/** Text for an element: a CR as a reference, which XML would otherwise read as LF; quotes as they are. */
export const xmlText = (text: string): string =>
  /[&<>\r]/.test(checked(text))
    ? text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/\r/g, "&#13;")
    : text;

/** Text for a double-quoted attribute: line breaks and tabs as references, which XML would read as spaces. */
export const xmlAttribute = (text: string): string =>
  xmlText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");

/** One cell's XML, or undefined for an empty cell with nothing to show. */
const cellXml = (address: string, value: CellValue, style: number): string => {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (value === null || value === "") return `<c r="${address}"${s}/>`;
  if (typeof value === "string")
    return `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return notEditable("a number that is not finite");
    return `<c r="${address}"${s}><v>${String(value)}</v></c>`;
  }
  if (typeof value === "boolean") return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return notEditable("a formula");
};

/** What the package editor writes of a sheet spec; anything else sends the sheet to the ExcelJS writer. */
const checkWritable = (spec: SheetSpec): void => {
  const present = (name: string, list: readonly unknown[] | undefined): void => {
    if (list !== undefined && list.length > 0) notEditable(`a sheet with ${name}`);
  };
  present("range validations", spec.validations);
  present("entry ranges", spec.entryRanges);
  present("grids", spec.grids);
  present("data bars", spec.dataBars);
  present("charts", spec.charts);
  if (spec.print) notEditable("a sheet with a print setup");
  if (spec.freeze) notEditable("a sheet with frozen panes");
  if (spec.rightToLeft) notEditable("a right-to-left sheet");
  for (const table of spec.tables) {
    if (table.rowHeights !== undefined) notEditable("a table with row heights");
    for (const column of table.columns)
      if (column.role !== "plan" || column.wrap || column.numFmt || column.validation)
        notEditable("a table column other than locked plain text");
    const headers = new Set(table.columns.map((c) => c.header.toLowerCase()));
    if (headers.size !== table.columns.length) notEditable("a table whose headers repeat");
  }
};

const tableXml = (table: TableSpec, id: number): string => {
  const name = xmlAttribute(table.name);
  return (
    `${XML_HEAD}<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ref="${table.ref}" ` +
    `headerRowCount="1" totalsRowShown="0"><autoFilter ref="${table.ref}"/>` +
    `<tableColumns count="${table.columns.length}">` +
    table.columns
      .map((c, i) => `<tableColumn id="${i + 1}" name="${xmlAttribute(c.header)}"/>`)
      .join("") +
    `</tableColumns><tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" ` +
    `showRowStripes="1" showColumnStripes="0"/></table>`
  );
};

/**
 * A sheet spec as the parts of a worksheet, looking as the ExcelJS writer makes it (addSheet): its tables with
 * their header row, locked plan columns and widths, its text cells in their looks, tab colour and protection
 * without a password. Strings are written inline (no shared strings to rewrite). `style` gives the index of a
 * cell format in the workbook's styles. Throws PackageNotEditable for what it does not write (checkWritable).
 */
export const sheetPartXml = (spec: SheetSpec, style: (look: CellLook) => number): SheetPartXml => {
  checkWritable(spec);
  const rows = new Map<number, Map<number, string>>();
  let top = Infinity;
  let bottom = 0;
  let right = 0;
  const put = (row: number, column: number, xml: string): void => {
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = new Map()));
    if (cells.has(column)) notEditable("cells written twice");
    cells.set(column, xml);
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  };
  const widths = new Map<number, number>();
  spec.columnWidths.forEach((w, i) => widths.set(i, w));

  const looks = new Map<TextStyle, number>();
  const textStyle = (kind: TextStyle): number => {
    if (kind === "plain") return 0;
    let s = looks.get(kind);
    if (s === undefined)
      looks.set(
        kind,
        (s = style({ font: TEXT_LOOKS[kind], wrap: kind === "body", locked: false }))
      );
    return s;
  };
  for (const cell of spec.cells) {
    const at = decodeCell(cell.address) ?? notEditable(`cell address ${cell.address}`);
    put(at.row, at.column, cellXml(cell.address, cell.value, textStyle(cell.style)));
  }

  const header = style({ wrap: true, locked: false });
  const data = style({ wrap: false, locked: true });
  for (const table of spec.tables) {
    const box = decodeRange(table.ref) ?? notEditable(`table range ${table.ref}`);
    if (box.right - box.left + 1 !== table.columns.length)
      notEditable("a table range that is not its columns");
    if (box.bottom - box.top !== table.rows.length)
      notEditable("a table range that is not its rows");
    table.columns.forEach((column, i) => {
      const c = box.left + i;
      widths.set(c, column.width);
      put(box.top, c, cellXml(a1(box.top, c), column.header, header));
      table.rows.forEach((row, r) =>
        put(box.top + 1 + r, c, cellXml(a1(box.top + 1 + r, c), row[i] ?? null, data))
      );
    });
  }

  const out: string[] = [
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    spec.tabColor ? `<sheetPr><tabColor rgb="${xmlAttribute(spec.tabColor)}"/></sheetPr>` : "",
    `<dimension ref="${rows.size === 0 ? "A1" : a1Range(top, 0, bottom, right)}"/>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
  ];
  if (widths.size > 0)
    out.push(
      "<cols>",
      ...[...widths]
        .sort((x, y) => x[0] - y[0])
        .map(([c, w]) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`),
      "</cols>"
    );
  out.push("<sheetData>");
  for (const r of [...rows.keys()].sort((x, y) => x - y)) {
    const cells = rows.get(r) as Map<number, string>;
    out.push(`<row r="${r + 1}">`);
    for (const c of [...cells.keys()].sort((x, y) => x - y)) out.push(cells.get(c) as string);
    out.push("</row>");
  }
  out.push("</sheetData>");
  if (spec.protect)
    out.push(
      '<sheetProtection sheet="1" formatCells="0" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>'
    );
  out.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
  );
  if (spec.tables.length > 0)
    out.push(
      `<tableParts count="${spec.tables.length}">`,
      ...spec.tables.map((_, i) => `<tablePart r:id="rId${i + 1}"/>`),
      "</tableParts>"
    );
  out.push("</worksheet>");
  return {
    sheet: out.join(""),
    tables: spec.tables.map((t) => ({ name: t.name, xml: (id: number) => tableXml(t, id) })),
  };
};

import { notEditable } from "./package-not-editable";
import type { CellLook } from "./sheet-part-xml";
import { xmlAttribute } from "./sheet-part-xml";

/** The items of a style list (`<font>`s of `<fonts>`, `<xf>`s of `<cellXfs>`) and where the list is. */
interface StyleList {
  readonly whole: string;
  readonly open: string;
  readonly items: string[];
  readonly added: string[];
}

const list = (xml: string, outer: string, inner: string): StyleList => {
  const m = new RegExp(`(<${outer}\\b[^>]*>)([\\s\\S]*?)</${outer}>`).exec(xml);
  if (!m) return notEditable(`styles without <${outer}>`);
  const items = [
    ...(m[2] ?? "").matchAll(new RegExp(`<${inner}\\b[^>]*?(?:/>|>[\\s\\S]*?</${inner}>)`, "g")),
  ].map((x) => x[0]);
  return { whole: m[0], open: m[1] ?? "", items, added: [] };
};

/** The index of an item in the list, the same item found again or appended. */
const indexOf = (styles: StyleList, item: string): number => {
  const at = [...styles.items, ...styles.added].indexOf(item);
  if (at >= 0) return at;
  styles.added.push(item);
  return styles.items.length + styles.added.length - 1;
};

const rewritten = (styles: StyleList): string =>
  styles.added.length === 0
    ? styles.whole
    : styles.whole
        .replace(styles.open, () =>
          /\scount\s*=/.test(styles.open)
            ? styles.open.replace(
                /(\scount\s*=\s*)("[^"]*"|'[^']*')/,
                (_, eq: string) => `${eq}"${styles.items.length + styles.added.length}"`
              )
            : styles.open
        )
        .replace(/<\/[\w]+>$/, (close) => `${styles.added.join("")}${close}`);

/**
 * The cell formats of the sheets the package editor writes, added to a workbook's own styles (xl/styles.xml)
 * without changing any it has: `xf` gives the index of a look's cell format (one the workbook already has,
 * written the same, or a new one at the end of the list), `xml` the styles part with what was added.
 */
export const editStyles = (
  xml: string
): { readonly xf: (look: CellLook) => number; readonly xml: () => string } => {
  if (!/<styleSheet[\s>]/.test(xml))
    notEditable("a styles part in a form the editor does not read");
  const fonts = list(xml, "fonts", "font");
  const xfs = list(xml, "cellXfs", "xf");
  if (!/<fills\b[^>]*>\s*<fill\b/.test(xml) || !/<borders\b[^>]*>\s*<border\b/.test(xml))
    notEditable("styles without a default fill and border");
  const styleXf = /<cellStyleXfs\b[^>]*>\s*<xf\b/.test(xml) ? ' xfId="0"' : "";
  const xf = (look: CellLook): number => {
    const f = look.font;
    const fontId = f
      ? indexOf(
          fonts,
          `<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}${f.color ? `<color rgb="${xmlAttribute(f.color)}"/>` : ""}<sz val="${f.size}"/></font>`
        )
      : 0;
    return indexOf(
      xfs,
      `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0"${styleXf}${f ? ' applyFont="1"' : ""} applyAlignment="1"${look.locked ? ' applyProtection="1"' : ""}>` +
        `<alignment vertical="top"${look.wrap ? ' wrapText="1"' : ""}/></xf>`
    );
  };
  return {
    xf,
    xml: () =>
      xml.replace(fonts.whole, () => rewritten(fonts)).replace(xfs.whole, () => rewritten(xfs)),
  };
};

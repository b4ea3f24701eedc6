/**
 * Where a relationship points, as a part name inside the package (no leading slash).
 * The Open Packaging Conventions allow a target relative to the source part's folder
 * (`worksheets/sheet1.xml`, `../tables/table1.xml`) or absolute from the package root
 * (`/xl/tables/table1.xml`, as openpyxl writes them); every reader of our packages resolves
 * targets here, so both forms (and `./`, `..`, backslashes, percent-escapes) mean the same part.
 * @example resolvePartTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml") // "xl/tables/table1.xml"
 * @example resolvePartTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 */
export const resolvePartTarget = (sourcePart: string, target: string): string => {
  const cleaned = safeDecode(target.replace(/\\/g, "/"));
  const absolute = cleaned.startsWith("/");
  const base = absolute ? [] : sourcePart.split("/").slice(0, -1);
  const parts: string[] = [...base];
  for (const segment of cleaned.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
};

/** The `_rels` part that holds a part's relationships: `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export const relationshipsPartOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * The target a relationship of `sourcePart` writes for `part`, relative to the source's folder as Excel writes
 * it (the one form every reader, ExcelJS included, resolves): the inverse of resolvePartTarget.
 * @example relativePartTarget("xl/worksheets/sheet1.xml", "xl/tables/table1.xml") // "../tables/table1.xml"
 */
export const relativePartTarget = (sourcePart: string, part: string): string => {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let same = 0;
  while (same < from.length && same < to.length - 1 && from[same] === to[same]) same++;
  return [...from.slice(same).map(() => ".."), ...to.slice(same)].join("/");
};

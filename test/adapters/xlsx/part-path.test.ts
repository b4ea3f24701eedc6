import { relationshipsPartOf, resolvePartTarget } from "../../../src/adapters/xlsx/part-path";

describe("resolvePartTarget", () => {
  it.each([
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "./worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/worksheets/sheet1.xml", "../tables/table1.xml", "xl/tables/table1.xml"],
    ["xl/worksheets/sheet1.xml", "/xl/tables/table1.xml", "xl/tables/table1.xml"],
    ["xl/worksheets/sheet1.xml", "..\\tables\\table2.xml", "xl/tables/table2.xml"],
    ["xl/workbook.xml", "worksheets/sheet%201.xml", "xl/worksheets/sheet 1.xml"],
  ])("resolves %s -> %s as %s", (source, target, part) => {
    expect(resolvePartTarget(source, target)).toBe(part);
  });
});

describe("relationshipsPartOf", () => {
  it("names the _rels part beside a part", () => {
    expect(relationshipsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relationshipsPartOf("xl/worksheets/sheet3.xml")).toBe(
      "xl/worksheets/_rels/sheet3.xml.rels"
    );
  });
});

import ExcelJS from "exceljs";
import { checkXlsxPackage, loadXlsx } from "../../../src/adapters/xlsx";
import { WORKBOOK_LIMITS } from "../../../src/core/snapshot";
import { deflated, rezip, writeZip } from "../../corpus/make-zip";

/** A one-sheet workbook whose sheet XML holds `rows` rows of `columns` numbers each. */
const workbookWith = async (rows: number, columns: number): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").getCell("A1").value = 1;
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const cells = (r: number): string =>
    Array.from(
      { length: columns },
      (_, c) => `<c r="${String.fromCharCode(65 + (c % 26))}${r}"><v>${c}</v></c>`
    ).join("");
  const body = Array.from(
    { length: rows },
    (_, i) => `<row r="${i + 1}">${cells(i + 1)}</row>`
  ).join("");
  return rezip(bytes, {
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`,
  });
};

const refusal = async (bytes: Uint8Array): Promise<string> =>
  checkXlsxPackage("book.xlsx", bytes).then(
    () => "accepted",
    (error: Error) => error.message
  );

describe("checkXlsxPackage", () => {
  it("accepts a sheet of exactly the row limit, and refuses one row more, however the XML is chunked", async () => {
    const limit = WORKBOOK_LIMITS.rowsPerSheet;
    expect(await refusal(await workbookWith(limit, 1))).toBe("accepted");
    expect(await refusal(await workbookWith(limit + 1, 1))).toBe(
      'book.xlsx: its sheet "Data" (xl/worksheets/sheet1.xml) has more than 20,000 rows, the limit for one sheet (see docs/limits.md)'
    );
  });

  it("accepts exactly the cell limit, and refuses one cell more", async () => {
    expect(WORKBOOK_LIMITS.cells).toBe(50 * 20_000);
    expect(await refusal(await workbookWith(20_000, 50))).toBe("accepted");
    const over = await workbookWith(20_000, 50);
    const withOneMore = await rezip(over, {
      "xl/worksheets/sheet2.xml":
        '<worksheet><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>',
    });
    expect(await refusal(withOneMore)).toMatch(
      /^book\.xlsx: holds more than 1,000,000 cells \(the limit for a reporting workbook\), reached on part xl\/worksheets\/sheet2\.xml/
    );
  });

  it("lets ExcelJS load what it accepts, values intact", async () => {
    const wb = await loadXlsx("book.xlsx", await workbookWith(3, 2));
    expect(
      wb
        .getWorksheet("Data")
        ?.getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1))
    ).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
  });

  it("refuses an empty zip as no workbook", async () => {
    expect(await refusal(writeZip([]))).toBe(
      "book.xlsx: is a zip file but not an Excel workbook (it has no xl/workbook.xml)"
    );
    expect(await refusal(writeZip([deflated("xl/other.xml", "<a/>")]))).toMatch(
      /not an Excel workbook/
    );
  });
});

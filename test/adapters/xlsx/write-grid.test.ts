import type ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeXlsx } from "../../../src/adapters/xlsx";
import type { SheetSpec } from "../../../src/core/layout";
import { tempDir } from "../../support/cli-harness";
import { readBack, sheetRows } from "../../support/read-sheet";

const spec: SheetSpec = {
  name: "Grid",
  visibility: "visible",
  tables: [],
  cells: [{ address: "A1", value: "Table 9.1 - Tools & rules", style: "title" }],
  validations: [],
  columnWidths: [30, 10, 10],
  protect: false,
  grids: [
    {
      at: "A3",
      rows: [
        ["", "Goal 1", "Goal 2"],
        ["Sector", null, null],
        ["Objective 1", "X", ""],
        ["Total", 1, 0],
      ],
      headerRows: 1,
      borders: "all",
      align: ["left", "center", "center"],
      groupRows: [1],
      totalRows: [3],
      flagCells: ["C6"],
      rowHeights: [18, 18, 33, 18],
    },
  ],
  print: {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: true,
    titleRows: { first: 1, last: 3 },
    footerLeft: "Plan R&D - 2013",
    pageNumbers: true,
  },
  dataBars: [{ range: "B6:C6", color: "FF63BE7B" }],
};

describe("writing grids, print setup and data bars", () => {
  let ws: ExcelJS.Worksheet | undefined;
  beforeAll(async () => {
    const file = join(tempDir(), "grid.xlsx");
    writeFileSync(
      file,
      await writeXlsx({ sheets: [spec], properties: { title: "t", subject: "s" } })
    );
    ws = (await readBack(file)).getWorksheet("Grid");
  });

  it("writes the grid's values at its place, as plain cells", () => {
    expect(sheetRows(ws, 3)).toEqual([
      ["", "Goal 1", "Goal 2"],
      ["Sector", "", ""],
      ["Objective 1", "X", ""],
      ["Total", 1, 0],
    ]);
    expect(ws?.getTables()).toEqual([]);
  });

  it("rules every cell, sets the header, group, total and flag looks, alignment and row heights", () => {
    expect(ws?.getCell("C6").border?.right?.style).toBe("thin");
    expect(ws?.getCell("A6").border?.top?.style).toBe("medium");
    expect(ws?.getCell("B3").font?.bold).toBe(true);
    expect((ws?.getCell("B3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFD9E1F2");
    expect((ws?.getCell("A4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF2F2F2");
    expect((ws?.getCell("C6").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(ws?.getCell("B5").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(ws?.getRow(5).height).toBe(33);
  });

  it("sets the page: landscape A4, one page wide, title rows, a footer with its ampersand escaped", () => {
    expect(ws?.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:3",
    });
    expect(ws?.headerFooter.oddFooter).toBe("&LPlan R&&D - 2013&RPage &P of &N");
  });

  it("draws data bars in the given colour", () => {
    const formats = (
      ws as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { type: string; color?: { argb: string } }[];
        }[];
      }
    ).conditionalFormattings;
    expect(formats.map((f) => [f.ref, f.rules[0]?.type, f.rules[0]?.color?.argb])).toEqual([
      ["B6:C6", "dataBar", "FF63BE7B"],
    ]);
  });
});

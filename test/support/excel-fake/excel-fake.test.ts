import {
  cellsOf,
  chartsOf,
  conditionalFormatsOf,
  createExcelFake,
  dataBarsOf,
  formatOf,
  largest,
  validationOf,
} from ".";
import type { FakeRange } from "./range";

const codeOf = async (promise: Promise<unknown>): Promise<string | undefined> => {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe("the in-memory Excel", () => {
  it("throws PropertyNotLoaded for a property read before load and sync, as Office.js does", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["Budget", 12]];
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["Budget", 12]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
    });
  });

  it("counts one round trip per sync, plus the one Excel.run makes for work left queued", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      context.workbook.worksheets.add("A");
      await context.sync();
      context.workbook.worksheets.add("B");
    });
    expect(excel.stats.syncs).toBe(2);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "A", "B"]);
  });

  it("counts each request's JSON size and refuses one over the limit, applying nothing of it", async () => {
    const excel = createExcelFake({ requestLimitBytes: 10_000 });
    const row = (n: number): string[][] => [Array.from({ length: n }, () => "x".repeat(100))];
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRangeByIndexes(0, 0, 1, 50).values = row(50);
      await context.sync();
      sheet.getRangeByIndexes(1, 0, 1, 200).values = row(200);
      await expect(context.sync()).rejects.toMatchObject({
        code: "RequestPayloadSizeLimitExceeded",
      });
    });
    expect(excel.stats.requestBytes[0]).toBeGreaterThan(50 * 102);
    expect(excel.stats.requestBytes[0]).toBeLessThan(10_000);
    expect(largest(excel.stats.requestBytes)).toBeGreaterThan(200 * 102);
    expect(cellsOf(excel.state, "Sheet1", "A2")).toEqual([[null]]);
  });

  it("stops a request at the first failing operation, keeping what went before", async () => {
    const excel = createExcelFake();
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.add("Kept");
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
        context.workbook.worksheets.add("Lost");
        await context.sync();
      })
    );
    expect(code).toBe("ItemNotFound");
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "Kept"]);
  });

  it("reads values as typed: numbers, percentages and formulas from text, unless the text starts with an apostrophe", async () => {
    const excel = createExcelFake({ calculate: (formula) => (formula === "1+1" ? 2 : "") });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1");
      range.values = [["12", "12%", "=1+1", "'12%", "TRUE", null]];
      range.load("values, formulas");
      await context.sync();
      expect(range.values).toEqual([[12, 0.12, 2, "12%", true, ""]]);
      expect(range.formulas).toEqual([[12, 0.12, "=1+1", "12%", true, ""]]);
    });
  });

  it("refuses a 2-D array that does not fit the range", async () => {
    const excel = createExcelFake();
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
  });

  it("makes a table over a filled range, its first row the headers, and gives its parts as ranges", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:D4").values = [
        ["KPI", "", "KPI"],
        ["a", 1, 2],
        ["b", 3, 4],
      ];
      const table = sheet.tables.add("B2:D4", true);
      table.name = "KPIs";
      const header = table.getHeaderRowRange().load("values, address");
      const body = table.getDataBodyRange().load("values, address");
      const tables = context.workbook.tables.load("items/name, items/worksheet/name");
      await context.sync();
      expect(header.values).toEqual([["KPI", "Column2", "KPI2"]]);
      expect(header.address).toBe("Sheet1!B2:D2");
      expect(body.address).toBe("Sheet1!B3:D4");
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([["KPIs", "Sheet1"]]);
      sheet.tables.add("C3:E5", true);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  it("gives a null object instead of failing, known after the sync", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("denies writing a locked cell of a protected sheet, allows unlocked cells, and refuses to protect twice", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").format.protection.locked = false;
      sheet.protection.protect({ allowFormatCells: true });
      sheet.getRange("B1").values = [["open"]];
      await context.sync();
      sheet.getRange("A1").values = [["locked"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      sheet.getRange("A1").conditionalFormats.add("Custom");
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      sheet.protection.protect();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      sheet.protection.load("protected");
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
    });
    expect(cellsOf(excel.state, "Sheet1", "A1:B1")).toEqual([[null, "open"]]);
  });

  it("keeps data validation rules of one kind each, with a list's source as text", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A2:A9").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Yes,No" },
      };
      sheet.getRange("B2:B9").dataValidation.rule = {
        decimal: { formula1: 0, formula2: 100, operator: "Between" },
      };
      await context.sync();
      sheet.getRange("C2").dataValidation.rule = {
        wholeNumber: { formula1: 1, operator: "Between" },
      };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(validationOf(excel.state, "Sheet1", "A5")).toEqual({
      list: { inCellDropDown: true, source: "Yes,No" },
    });
    expect(validationOf(excel.state, "Sheet1", "B2")).toMatchObject({
      decimal: { operator: "Between" },
    });
    expect(validationOf(excel.state, "Sheet1", "C2")).toBeUndefined();
  });

  it("adds custom conditional formats, lists them with their formulas, and deletes them", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const cf = sheet.getRange("C3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=ISTEXT("mark")';
      cf.custom.format.fill.color = "#FFC7CE";
      await context.sync();
      const all = sheet.getRange().conditionalFormats.load("items/type, items/custom/rule/formula");
      await context.sync();
      expect(all.items.map((c) => [c.type, c.custom.rule.formula])).toEqual([
        ["Custom", '=ISTEXT("mark")'],
      ]);
      all.items[0]?.delete();
    });
    expect(conditionalFormatsOf(excel.state, "Sheet1")).toEqual([]);
  });

  it("applies formats as layers, reads them back, and records suspended calculation", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").values = [[1], [2], [3]];
      const range = sheet.getRange("A1:A3");
      range.format.fill.color = "#FFF8DC";
      range.format.wrapText = true;
      range.format.columnWidth = 60;
      range.format.load("wrapText, columnWidth, fill/color");
      await context.sync();
      expect([range.format.wrapText, range.format.columnWidth, range.format.fill.color]).toEqual([
        true,
        60,
        "#FFF8DC",
      ]);
      sheet.getRange("B1").values = [[4]];
    });
    expect(formatOf(excel.state, "Sheet1", "A2")).toMatchObject({ fill: "#FFF8DC", locked: true });
    expect(excel.stats.calculationSuspensions).toBe(1);
    expect(excel.stats.cellsWrittenWithCalculationOn).toBe(1);
  });

  it("keeps names and settings, and sheets' visibility down to very hidden, but never the last visible sheet", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      const wb = context.workbook;
      wb.names.add("Period", "=2013");
      wb.settings.add("kpi-reporter", { formatVersion: 1 });
      const meta = wb.worksheets.add("_meta");
      meta.visibility = "VeryHidden";
      await context.sync();
      const setting = wb.settings.getItemOrNullObject("kpi-reporter").load("value");
      const name = wb.names.getItemOrNullObject("period").load("formula");
      const sheets = wb.worksheets.load("items/name, items/visibility");
      await context.sync();
      expect(setting.value).toEqual({ formatVersion: 1 });
      expect(name.formula).toBe("=2013");
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["Sheet1", "Visible"],
        ["_meta", "VeryHidden"],
      ]);
      wb.worksheets.getItem("Sheet1").visibility = "Hidden";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });
});

describe("the in-memory Excel's range areas", () => {
  it("sets one validation over several areas, and refuses an address as long as Excel does", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRanges("B2:C3, E5").dataValidation.rule = {
        list: { inCellDropDown: true, source: "X" },
      };
      await context.sync();
      const long = Array.from({ length: 1_000 }, (_, i) => `A${i + 1}:B${i + 1}`).join(",");
      sheet.getRanges(long).dataValidation.rule = { list: { inCellDropDown: true, source: "X" } };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(validationOf(excel.state, "Sheet1", "C3")).toEqual({
      list: { inCellDropDown: true, source: "X" },
    });
    expect(validationOf(excel.state, "Sheet1", "E5")).toEqual({
      list: { inCellDropDown: true, source: "X" },
    });
    expect(validationOf(excel.state, "Sheet1", "D4")).toBeUndefined();
    expect(validationOf(excel.state, "Sheet1", "A1")).toBeUndefined();
  });
});

describe("the in-memory Excel's borders, page layout, data bars and charts", () => {
  it("draws a border index as the cells' own edges, the inside lines between cells, over ranges and areas", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const inside = sheet.getRange("A1:B2").format.borders.getItem("InsideHorizontal");
      inside.style = "Continuous";
      inside.color = "#808080";
      const areas = sheet.getRanges("D1:E1,D3:E3").format;
      areas.rowHeight = 30;
      areas.borders.getItem("EdgeTop").weight = "Medium";
      sheet.getRange("A1").format.horizontalAlignment = "Center";
      await context.sync();
      sheet.getRange("A1").format.borders.getItem("Inside").style = "Continuous";
      expect(await codeOf(context.sync())).toBe("InvalidArgument");
    });
    expect(formatOf(excel.state, "Sheet1", "A1").borderBottom).toEqual({
      style: "Continuous",
      color: "#808080",
    });
    expect(formatOf(excel.state, "Sheet1", "A2").borderTop).toEqual({
      style: "Continuous",
      color: "#808080",
    });
    expect(formatOf(excel.state, "Sheet1", "A2").borderBottom).toBeUndefined();
    expect(formatOf(excel.state, "Sheet1", "E3").borderTop).toEqual({ weight: "Medium" });
    expect(formatOf(excel.state, "Sheet1", "E2").borderTop).toBeUndefined();
    expect(formatOf(excel.state, "Sheet1", "A1").horizontalAlignment).toBe("Center");
    expect([...excel.state.sheets[0]!.rowHeights]).toEqual([
      [0, 30],
      [2, 30],
    ]);
  });

  it("keeps the page layout, print title rows and footers, and refuses a zoom that is both fit and scale", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1 };
      layout.setPrintTitleRows("$1:$3");
      layout.headersFooters.defaultForAllPages.rightFooter = "Page &P of &N";
      await context.sync();
      layout.zoom = { horizontalFitToPages: 1, scale: 50 };
      expect(await codeOf(context.sync())).toBe("InvalidArgument");
    });
    expect(excel.state.sheets[0]?.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$1:$3",
      rightFooter: "Page &P of &N",
    });
  });

  it("adds data bars with their bounds set as whole rules, and charts over a range, but not on a protected sheet", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C3").values = [
        ["Sector", "Met", "Off"],
        ["R", 1, 2],
        ["T", 3, 0],
      ];
      const bar = sheet.getRange("B2:B3").conditionalFormats.add("DataBar").dataBar;
      bar.lowerBoundRule = { type: "Number", formula: "0" };
      bar.upperBoundRule = { type: "HighestValue" };
      bar.positiveFormat.fillColor = "#63be7b";
      bar.positiveFormat.gradientFill = false;
      const chart = sheet.charts.add("BarStacked", sheet.getRange("A1:C3"), "Columns");
      chart.title.text = "By sector";
      chart.setPosition("A5", "F20");
      chart.load("name");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
      sheet.protection.protect();
      sheet.charts.add("BarStacked", sheet.getRange("A1:C3"), "Columns");
      expect(await codeOf(context.sync())).toBe("AccessDenied");
    });
    expect(dataBarsOf(excel.state, "Sheet1")).toEqual(["B2:B3 #63BE7B Number 0 .. HighestValue"]);
    expect(chartsOf(excel.state, "Sheet1")).toEqual([
      {
        name: "Chart 1",
        type: "BarStacked",
        source: "A1:C3",
        seriesBy: "Columns",
        title: "By sector",
        at: "A5:F20",
      },
    ]);
  });
});

describe("the in-memory Excel's chart category names", () => {
  it("takes a chart's category names from a column apart from its series, on the same sheet only", async () => {
    const excel = createExcelFake();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D3").values = [
        ["Goal ID", "Goal", "Budget", "Spent"],
        ["g1", "Goal 1", 10, 8],
        ["g2", "Goal 2", 5, 6],
      ];
      const chart = sheet.charts.add("BarClustered", sheet.getRange("C1:D3"), "Columns");
      chart.axes.categoryAxis.setCategoryNames(sheet.getRange("B2:B3"));
      chart.setPosition("A5", "F20");
      await context.sync();
      const other = context.workbook.worksheets.add("Other");
      other.getRange("A1:A2").values = [["x"], ["y"]];
      chart.axes.categoryAxis.setCategoryNames(other.getRange("A1:A2"));
      expect(await codeOf(context.sync())).toBe("InvalidArgument");
      chart.axes.categoryAxis.setCategoryNames(sheet.getRange("A2:B3"));
      expect(await codeOf(context.sync())).toBe("InvalidArgument");
    });
    expect(chartsOf(excel.state, "Sheet1")).toEqual([
      {
        name: "Chart 1",
        type: "BarClustered",
        source: "C1:D3",
        seriesBy: "Columns",
        title: "",
        at: "A5:F20",
        categories: "B2:B3",
      },
    ]);
  });
});

describe("the in-memory Excel refuses what Excel refuses, with Excel's error codes", () => {
  /** The code a batch fails with, if it fails. */
  const refusal = async (
    batch: Parameters<ReturnType<typeof createExcelFake>["run"]>[0],
    excel = createExcelFake()
  ): Promise<string | undefined> => codeOf(excel.run(batch));

  it("refuses a sheet name over 31 characters or with any of [ ] : * ? / \\, added or renamed to", async () => {
    const excel = createExcelFake();
    const bad = [
      "x".repeat(32),
      "A[1]",
      "Q1: Q2",
      "A*",
      "Why?",
      "2012/2013",
      "C:\\data",
      "'quoted'",
    ];
    for (const name of bad) {
      expect([
        name,
        await refusal(async (c) => {
          c.workbook.worksheets.add(name);
          await c.sync();
        }, excel),
      ]).toEqual([name, "InvalidArgument"]);
      expect([
        name,
        await refusal(async (c) => {
          c.workbook.worksheets.getItem("Sheet1").name = name;
          await c.sync();
        }, excel),
      ]).toEqual([name, "InvalidArgument"]);
    }
    await excel.run(async (c) => {
      c.workbook.worksheets.add("x".repeat(31));
      c.workbook.worksheets.add("ITU-R Objectives (2012-2015)");
      await c.sync();
    });
    expect(excel.state.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "x".repeat(31),
      "ITU-R Objectives (2012-2015)",
    ]);
  });

  it("refuses a table name that is not a name Excel allows, or that a table or name already has", async () => {
    const excel = createExcelFake();
    await excel.run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        ["KPI ID", "Actual"],
        ["x", 1],
      ];
      sheet.tables.add("A1:B2", true).name = "kpis_ITU.R";
      await c.sync();
    });
    for (const name of [
      "KPI table",
      "1kpis",
      "A1",
      "XFD9",
      "R1C1",
      "r2c",
      "C",
      "kpis-R",
      "x".repeat(256),
    ])
      expect([
        name,
        await refusal(async (c) => {
          c.workbook.tables.getItem("kpis_ITU.R").name = name;
          await c.sync();
        }, excel),
      ]).toEqual([name, "InvalidArgument"]);
    await excel.run(async (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRange("D1:D2").values = [["Other"], [2]];
      c.workbook.tables.add("Sheet1!D1:D2", true).name = "Other";
      await c.sync();
    });
    expect(
      await refusal(async (c) => {
        c.workbook.tables.getItem("Other").name = "KPIS_itu.r";
        await c.sync();
      }, excel)
    ).toBe("ItemAlreadyExists");
    expect(excel.state.tables.map((t) => t.name)).toEqual(["kpis_ITU.R", "Other"]);
  });

  it("refuses a dropdown whose list of values is over 255 characters, but not a range source of any length", async () => {
    const excel = createExcelFake();
    const items = (length: number): string =>
      Array.from({ length: 100 }, (_, i) => `v${i}`)
        .join(",")
        .slice(0, length);
    expect(
      await refusal(async (c) => {
        c.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").dataValidation.rule = {
          list: { inCellDropDown: true, source: items(256) },
        };
        await c.sync();
      }, excel)
    ).toBe("InvalidArgument");
    expect(validationOf(excel.state, "Sheet1", "A1")).toBeUndefined();
    const range = `='${"Long sheet name ".repeat(2).trim()}'!$A$2:$A$20000`;
    await excel.run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A5").dataValidation.rule = {
        list: { inCellDropDown: true, source: items(255) },
      };
      sheet.getRange("B1").dataValidation.rule = {
        list: { inCellDropDown: true, source: `${range}${" ".repeat(300)}`.trim() },
      };
      await c.sync();
    });
    expect(validationOf(excel.state, "Sheet1", "A5")).toEqual({
      list: { inCellDropDown: true, source: items(255) },
    });
  });

  it("refuses values, formulas and number formats whose rows or columns differ from the range's, writing nothing", async () => {
    const shapes: unknown[] = [
      [[1, 2]],
      [[1], [2]],
      [[1, 2], [3]],
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      [1, 2],
      "x",
    ];
    for (const property of ["values", "formulas", "numberFormat"] as const)
      for (const shape of shapes) {
        const excel = createExcelFake();
        expect([
          property,
          shape,
          await refusal(async (c) => {
            const range = c.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
            (range as unknown as Record<string, unknown>)[property] = shape;
            await c.sync();
          }, excel),
        ]).toEqual([property, shape, "InvalidArgument"]);
        expect(cellsOf(excel.state, "Sheet1", "A1:B2")).toEqual([
          [null, null],
          [null, null],
        ]);
      }
  });

  it("denies values and formulas in a locked cell of a protected sheet, within a request that stops there", async () => {
    const excel = createExcelFake();
    await excel.run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1:B3").format.protection.locked = false;
      sheet.protection.protect();
      await c.sync();
    });
    for (const write of [
      (r: FakeRange) => (r.values = [["typed"], ["typed"]]),
      (r: FakeRange) => (r.formulas = [["=1+1"], ["=1+1"]]),
    ]) {
      const error = await excel
        .run(async (c) => {
          const sheet = c.workbook.worksheets.getItem("Sheet1");
          sheet.getRange("B1").values = [["entered"]];
          write(sheet.getRange("B3:B4")); // B4 is locked
          sheet.getRange("B2").values = [["never"]];
          await c.sync();
        })
        .catch((e: unknown) => e as { code?: string; name?: string });
      expect(error).toMatchObject({ code: "AccessDenied", name: "RichApi.Error" });
    }
    expect(cellsOf(excel.state, "Sheet1", "B1:B4")).toEqual([["entered"], [null], [null], [null]]);
  });

  it("refuses a request over the 5 MB payload limit as a whole, and a response over it", async () => {
    const excel = createExcelFake();
    const text = "x".repeat(1000);
    const block = (rows: number): string[][] => Array.from({ length: rows }, () => [text]);
    const error = await excel
      .run(async (c) => {
        c.workbook.worksheets.getItem("Sheet1").getRange("A1:A5300").values = block(5300);
        await c.sync();
      })
      .catch((e: unknown) => e as { code?: string; message?: string });
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(cellsOf(excel.state, "Sheet1", "A1")).toEqual([[null]]);
    await excel.run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A2700").values = block(2700);
      await c.sync();
      sheet.getRange("B1:B2700").values = block(2700);
      await c.sync();
    });
    expect(
      await refusal(async (c) => {
        c.workbook.worksheets.getItem("Sheet1").getRange("A1:B2700").load("values");
        await c.sync();
      }, excel)
    ).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

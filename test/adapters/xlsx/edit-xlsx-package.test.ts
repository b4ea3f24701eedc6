import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  loadXlsx,
  MemoryXlsxIo,
  replaceSheets,
  writeXlsx,
  XlsxBytesPort,
} from "../../../src/adapters/xlsx";
import { editXlsxPackage } from "../../../src/adapters/xlsx/edit-xlsx-package";
import { PackageNotEditable } from "../../../src/adapters/xlsx/package-not-editable";
import { XlsxPackage } from "../../../src/adapters/xlsx/xlsx-package";
import { submitWorkbook, verifySubmission } from "../../../src/app";
import { buildReportingWorkbook, SheetSpec, WorkbookSpec } from "../../../src/core/layout";
import type { Plan } from "../../../src/core/plan";
import { buildStampSheets, makeStamp, readStamp } from "../../../src/core/submission";
import { ReadOutcome, readWithExcelJs, readWithPort, streamed } from "../../support/both-readers";
import { cleanEntriesFor, planWithKpis } from "../../support/many-kpis";

const plan: Plan = planWithKpis(12);
const NOW = new Date("2021-07-01T09:30:00Z");

const specOf = (): WorkbookSpec =>
  buildReportingWorkbook(plan, {
    sectors: ["A"],
    period: 2021,
    createdAt: "2021-01-01T00:00:00Z",
    generator: "test",
    entries: cleanEntriesFor(plan),
  });

/** A clean reporting workbook of the test plan, as ExcelJS writes it (as `kpi-report new` does). */
const cleanWorkbook = async (edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const bytes = await writeXlsx(specOf());
  if (!edit) return bytes;
  const wb = await loadXlsx("clean.xlsx", bytes);
  edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
};

/** Submits bytes as the CLI does (one port reads and writes); gives the copy and how the port wrote it. */
const submit = async (
  bytes: Uint8Array,
  preparer = "A. Officer"
): Promise<{ written: Uint8Array; by: string | undefined }> => {
  const copy = new MemoryXlsxIo("submission.xlsx");
  const port = new XlsxBytesPort({
    name: "report.xlsx",
    read: async () => bytes,
    write: (b) => copy.write(b),
  });
  const outcome = await submitWorkbook(port, port, () => plan, {
    preparer,
    now: NOW,
    generator: "test",
  });
  if (!outcome.ok) throw new Error(outcome.errors.join("; "));
  expect(outcome.value.submitted).toBe(true);
  if (!copy.written) throw new Error("nothing written");
  return { written: copy.written, by: port.lastWrite };
};

const verified = async (bytes: Uint8Array): Promise<boolean> => {
  const v = await verifySubmission(
    new XlsxBytesPort(new MemoryXlsxIo("submission.xlsx", bytes)),
    () => plan
  );
  if (!v.ok) throw new Error(v.errors.join("; "));
  return v.value.unchanged && v.value.cellsIntact;
};

/** A read with every empty text as an empty cell. */
const blankAsNull = (read: ReadOutcome): unknown =>
  JSON.parse(
    JSON.stringify(read, (key, value: unknown) => (key === "value" && value === "" ? null : value))
  );

const sheetStates = async (bytes: Uint8Array): Promise<[string, string][]> =>
  (await loadXlsx("x.xlsx", bytes)).worksheets.map((ws) => [ws.name, ws.state]);

const stamped = (preparer: string): SheetSpec[] =>
  buildStampSheets(
    makeStamp(
      { planId: "p", planVersion: "1", formatVersion: 3, period: 2021, sectors: ["A"] },
      { cells: 1, hash: "ab".repeat(32) },
      {
        preparer,
        stampedAt: NOW.toISOString(),
        generator: "test",
        summary: { errors: 0, warnings: 0, info: 0 },
      }
    ),
    '["_workbook","meta","period",2021]\n'
  );

describe("submit writes its copy by editing the workbook's package", () => {
  it("copies every part of the user's file as stored and adds the stamp's parts; the copy verifies", async () => {
    const input = await cleanWorkbook();
    const before = Uint8Array.from(input);
    const { written, by } = await submit(input);
    expect(by).toBe("package");
    expect(input).toEqual(before);
    expect(await verified(written)).toBe(true);

    const source = XlsxPackage.open("in", input);
    const copy = XlsxPackage.open("out", written);
    const edited = [
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
    ];
    const unchanged = source.names.filter((n) => !edited.includes(n));
    expect(unchanged.filter((n) => /^xl\/worksheets\/sheet/.test(n)).length).toBeGreaterThan(5);
    for (const part of unchanged)
      expect([part, copy.storedEntry(part).data]).toEqual([part, source.storedEntry(part).data]);
    const addedParts = copy.names.filter((n) => !source.has(n)).map((n) => n.replace(/\d+/, "N"));
    expect(addedParts.sort()).toEqual([
      "xl/tables/tableN.xml",
      "xl/tables/tableN.xml",
      "xl/worksheets/_rels/sheetN.xml.rels",
      "xl/worksheets/_rels/sheetN.xml.rels",
      "xl/worksheets/sheetN.xml",
      "xl/worksheets/sheetN.xml",
    ]);
    // JSZip, checking every part's CRC-32, reads the zip written.
    await expect(JSZip.loadAsync(written, { checkCRC32: true })).resolves.toBeDefined();
  });

  it("writes sheets that read the same through both readers as the ExcelJS path's, very hidden stamp record and all", async () => {
    const input = await cleanWorkbook();
    const { written } = await submit(input);
    expect(await streamed("submission.xlsx", written)).toBe(true);
    const viaPort = await readWithPort("submission.xlsx", written, true);
    expect(await readWithExcelJs("submission.xlsx", written, true)).toEqual(viaPort);

    // The same stamp written the old way: ExcelJS loads the workbook, replaces the sheets, saves it whole.
    const record = readStamp("snapshot" in viaPort ? viaPort.snapshot : { sheets: [], tables: [] });
    if (!record.ok) throw new Error(record.errors.join("; "));
    const wb = await loadXlsx("report.xlsx", input);
    await replaceSheets(wb, buildStampSheets(record.value.stamp, record.value.text));
    const old = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    // ExcelJS writes an empty text ("", unverifiedSectors) as a shared string; the editor, as an empty cell.
    expect(blankAsNull(await readWithPort("old.xlsx", old, true))).toEqual(blankAsNull(viaPort));
    expect(await sheetStates(written)).toEqual(await sheetStates(old));
    expect(await sheetStates(written)).toEqual(
      expect.arrayContaining([
        ["Submission", "visible"],
        ["_kpi_stamp", "veryHidden"],
        ["_kpi_meta", "veryHidden"],
      ])
    );
    // And they look the same: formats, widths, tab colour, protection, as ExcelJS reads them back.
    const looks = async (bytes: Uint8Array): Promise<unknown[]> => {
      const book = await loadXlsx("x.xlsx", bytes);
      return ["Submission", "_kpi_stamp"].map((name) => {
        const ws = book.getWorksheet(name);
        if (!ws) throw new Error(`no ${name}`);
        const cells: unknown[] = [];
        ws.eachRow((row) =>
          row.eachCell({ includeEmpty: true }, (c) =>
            cells.push([c.address, c.font, c.alignment, c.fill, c.numFmt, c.protection])
          )
        );
        return {
          cells,
          widths: [1, 2, 3].map((i) => ws.getColumn(i).width),
          tab: ws.properties.tabColor,
          protection: (ws as unknown as { sheetProtection?: unknown }).sheetProtection,
        };
      });
    };
    const [submission] = (await looks(written)) as { cells: unknown[]; tab: unknown }[];
    expect(submission?.tab).toEqual({ argb: "FF375623" });
    expect(submission?.cells).toContainEqual([
      "A21",
      expect.objectContaining({ italic: true, size: 10 }),
      { vertical: "top" },
      expect.anything(),
      undefined,
      undefined,
    ]);
    expect(await looks(written)).toEqual(await looks(old));
  });

  it("replaces the stamp in place when a workbook is stamped again: one Submission sheet, new values, no new formats", async () => {
    const first = await submit(await cleanWorkbook(), "First Preparer");
    const second = await submit(first.written, "Second Preparer");
    expect(second.by).toBe("package");
    expect(await sheetStates(second.written)).toEqual(await sheetStates(first.written));
    expect(await verified(second.written)).toBe(true);
    const read = await readWithPort("submission.xlsx", second.written);
    if (!("snapshot" in read)) throw new Error(read.refused);
    const preparer = read.snapshot.tables
      .find((t) => t.name === "KPI_Submission")
      ?.rows.find((r) => r[0]?.value === "preparer")?.[1]?.value;
    expect(preparer).toBe("Second Preparer");
    const zip = await JSZip.loadAsync(second.written);
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => n.startsWith("xl/tables/"))
        .map(async (n) => /\sid="(\d+)"/.exec((await zip.file(n)?.async("string")) ?? "")?.[1])
    );
    expect(new Set(tables).size).toBe(tables.length);
    const styles = async (b: Uint8Array): Promise<string | undefined> =>
      /<cellXfs count="(\d+)"/.exec(
        (await (await JSZip.loadAsync(b)).file("xl/styles.xml")?.async("string")) ?? ""
      )?.[1];
    expect(await styles(second.written)).toBe(await styles(first.written));
  });

  it("makes the record sheets very hidden again where another program left them only hidden", async () => {
    const input = await cleanWorkbook((wb) => {
      const meta = wb.getWorksheet("_kpi_meta");
      if (meta) meta.state = "hidden";
    });
    const { written, by } = await submit(input);
    expect(by).toBe("package");
    expect(await sheetStates(written)).toContainEqual(["_kpi_meta", "veryHidden"]);
  });

  it("keeps each sheet's print titles on its own sheet when a sheet is added before it", async () => {
    const hiddenWithTitles: SheetSpec = {
      name: "Notes",
      visibility: "hidden",
      tables: [],
      cells: [{ address: "A1", value: "Heading", style: "heading" }],
      validations: [],
      columnWidths: [20],
      protect: false,
      print: {
        orientation: "portrait",
        paperSize: "A4",
        fitToWidth: true,
        titleRows: { first: 1, last: 2 },
        pageNumbers: false,
      },
    };
    const visible: SheetSpec = {
      ...hiddenWithTitles,
      name: "Cover",
      visibility: "visible",
      print: undefined,
    };
    const input = await writeXlsx({
      sheets: [visible, hiddenWithTitles],
      properties: { title: "t", subject: "s" },
    });
    const edited = await editXlsxPackage("notes.xlsx", input, stamped("A. Officer"));
    const wb = await loadXlsx("edited.xlsx", edited);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ["Cover", "visible"],
      ["Submission", "visible"],
      ["_kpi_stamp", "veryHidden"],
      ["Notes", "hidden"],
    ]);
    expect(wb.getWorksheet("Notes")?.pageSetup.printTitlesRow).toBe("1:2");
    expect(wb.getWorksheet("Submission")?.pageSetup.printTitlesRow).toBeUndefined();
  });
});

describe("where the package is not edited, the ExcelJS path writes the copy (as before)", () => {
  it("a workbook the streaming reader hands to ExcelJS (a hyperlink on a sheet): written by ExcelJS, and it verifies", async () => {
    const input = await cleanWorkbook((wb) => {
      const cell = wb.getWorksheet("Instructions")?.getCell("H1");
      if (cell) cell.value = { text: "the plan", hyperlink: "https://www.itu.int/" };
    });
    expect(await streamed("report.xlsx", input)).toBe(false);
    const { written, by } = await submit(input);
    expect(by).toBe("exceljs");
    expect(await verified(written)).toBe(true);
  });

  it("a Submission sheet to replace that holds a comment (its drawing would be lost): written by ExcelJS", async () => {
    const first = await submit(await cleanWorkbook());
    const wb = await loadXlsx("first.xlsx", first.written);
    const sheet = wb.getWorksheet("Submission");
    if (!sheet) throw new Error("no Submission sheet");
    sheet.getCell("E2").note = "checked by the unit";
    const commented = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await expect(editXlsxPackage("commented.xlsx", commented, stamped("B"))).rejects.toThrow(
      PackageNotEditable
    );
    const second = await submit(commented, "Second Preparer");
    expect(second.by).toBe("exceljs");
    expect(await verified(second.written)).toBe(true);
  });

  it("a preparer's name with a character XML cannot hold: written by ExcelJS", async () => {
    const input = await cleanWorkbook();
    await expect(editXlsxPackage("report.xlsx", input, stamped("A.\u0001Officer"))).rejects.toThrow(
      PackageNotEditable
    );
    expect((await submit(input, "A.\u0001Officer")).by).toBe("exceljs");
  });

  it("a sheet the editor does not write (a grid, as the matrix has): the editor refuses it", async () => {
    const grid: SheetSpec = {
      name: "Matrix",
      visibility: "visible",
      tables: [],
      cells: [],
      validations: [],
      columnWidths: [],
      protect: false,
      grids: [{ at: "A1", rows: [["Goal", "Objective"]], headerRows: 1, borders: "all" }],
    };
    await expect(editXlsxPackage("report.xlsx", await cleanWorkbook(), [grid])).rejects.toThrow(
      "a sheet with grids"
    );
  });
});

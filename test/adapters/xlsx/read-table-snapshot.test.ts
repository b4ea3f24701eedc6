import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { MemoryXlsxIo, XlsxBytesPort } from "../../../src/adapters/xlsx";
import { shiftFormula } from "../../../src/adapters/xlsx/shift-formula";
import { insertWorkbook } from "../../../src/app";
import { entriesFor, planWithKpis } from "../../support/many-kpis";
import { readWithExcelJs, readWithPort, streamed } from "../../support/both-readers";

const NOW = new Date("2021-06-30T12:00:00Z");

/** A reporting workbook of `kpis` KPIs, filled with plausible values, as our writer writes it. */
const written = async (kpis: number): Promise<Uint8Array> => {
  const plan = planWithKpis(kpis);
  const io = new MemoryXlsxIo("new.xlsx");
  const made = await insertWorkbook(new XlsxBytesPort(io), plan, {
    sectors: ["a", "b"],
    period: 2021,
    now: NOW,
    generator: "test",
    entries: entriesFor(plan),
  });
  if (!made.ok || !io.written) throw new Error("nothing written");
  return io.written;
};

/** fast-check's records have no prototype; ExcelJS calls hasOwnProperty on what it writes. */
const plain = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  arbitrary.map((v) => JSON.parse(JSON.stringify(v)) as T);

/** A cell value of any kind an officer (or another tool through ExcelJS) can leave in a workbook. */
const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "a & b < c > d \"e\" 'f'",
    "&amp;lt;",
    "  padded  ",
    "line\nbreak",
    "Ünïcødé ✓ 中文"
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#REF!" }),
  plain(
    fc.record({
      formula: fc.constantFrom("1+1", "SUM(A1:A3)", 'IF(A1>0,"yes","no")'),
      result: fc.oneof(fc.integer(), fc.string({ maxLength: 10 }), fc.boolean()),
    })
  ),
  fc.constant({ formula: "NOW()" }),
  plain(
    fc.record({
      richText: fc.array(
        fc.record({ text: fc.string({ maxLength: 8 }), font: fc.constant({ bold: true }) }),
        {
          minLength: 1,
          maxLength: 3,
        }
      ),
    })
  ),
  fc.date({ min: new Date("1950-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })
) as fc.Arbitrary<ExcelJS.CellValue>;

interface Edit {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly value: ExcelJS.CellValue;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  sheet: fc.nat(40),
  row: fc.integer({ min: 1, max: 30 }),
  column: fc.integer({ min: 1, max: 40 }),
  value: cellValue,
});

/**
 * Gives each cell of a shared formula its own formula, as Excel does when an officer overwrites the formula's first
 * cell: ExcelJS cannot write a shared formula whose first cell holds something else.
 */
const unshare = (ws: ExcelJS.Worksheet, master: string): void =>
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value as { sharedFormula?: string } | null;
      if (value !== null && typeof value === "object" && value.sharedFormula === master)
        cell.value = { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
    })
  );

/** The workbook with the edits made by ExcelJS (dates shown as dates), saved again. */
const edited = async (
  bytes: Uint8Array,
  edits: readonly Edit[],
  merge: boolean
): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const e of edits) {
    const ws = wb.worksheets[e.sheet % wb.worksheets.length];
    if (!ws) continue;
    const cell = ws.getCell(e.row, e.column);
    const before = cell.value as { shareType?: string } | null;
    if (before !== null && typeof before === "object" && before.shareType === "shared")
      unshare(ws, cell.address);
    cell.value = e.value;
    if (e.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
  }
  // A merged block beside the tables, as a title over a sheet's columns.
  if (merge) wb.worksheets[0]?.mergeCells("A40:C41");
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
};

describe("the streaming reader, against the ExcelJS reader", () => {
  let base: Uint8Array;
  beforeAll(async () => {
    base = await written(12);
  });

  it("reads our own workbook itself (no hand-over to ExcelJS), with every table ExcelJS reads", async () => {
    expect(await streamed("new.xlsx", base)).toBe(true);
    expect(await streamed("new.xlsx", base, true)).toBe(true);
    const reference = await readWithExcelJs("new.xlsx", base);
    const ours = await readWithPort("new.xlsx", base);
    // Plain objects like ExcelJS's, keys in the same order: a cell's address made when read is no different.
    expect(ours).toStrictEqual(reference);
    expect(JSON.stringify(ours)).toBe(JSON.stringify(reference));
    expect("snapshot" in reference && reference.snapshot.tables.length).toBeGreaterThan(10);
    const cell = "snapshot" in ours ? ours.snapshot.tables[0]?.rows[0]?.[0] : undefined;
    expect(cell && Object.getPrototypeOf(cell)).toBe(Object.prototype);
    expect(cell && { ...cell }).toEqual(cell && JSON.parse(JSON.stringify(cell)));
  });

  it("reads a sheet past 1 MB, inflated a chunk at a time, exactly as ExcelJS reads it", async () => {
    // 1,500 KPIs: the KPI sheet's part inflates to more than 1 MB, the size past which a part is inflated and
    // parsed 64 KB at a time rather than whole.
    const large = await written(1_500);
    const zip = await JSZip.loadAsync(large);
    const sizes = await Promise.all(
      Object.values(zip.files)
        .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f.name))
        .map(async (f) => (await f.async("uint8array")).length)
    );
    expect(sizes.filter((size) => size > 1024 * 1024)).toHaveLength(1);
    expect(await streamed("large.xlsx", large)).toBe(true);
    const ours = await readWithPort("large.xlsx", large);
    expect(ours).toStrictEqual(await readWithExcelJs("large.xlsx", large));
    const kpiRows =
      "snapshot" in ours ? ours.snapshot.tables.filter((t) => /KPIs$/.test(t.name)) : [];
    expect(kpiRows.reduce((n, t) => n + t.rows.length, 0)).toBeGreaterThanOrEqual(1_500);
  });

  it("gives the address of a cell in a table far down a sheet, past the rows whose position packs small", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Far");
    // Rows 131,071 to 131,075: the packed position of a row past 131,072 would not be a small integer.
    ws.addTable({
      name: "Far_Table",
      ref: "XFB131071",
      columns: [{ name: "Id" }, { name: "Value" }, { name: "Note" }],
      rows: [1, 2, 3, 4].map((n) => [`k${n}`, n * 1.5, n % 2 ? null : "even"]),
    });
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await streamed("far.xlsx", bytes)).toBe(true);
    const ours = await readWithPort("far.xlsx", bytes);
    expect(ours).toStrictEqual(await readWithExcelJs("far.xlsx", bytes));
    const rows = "snapshot" in ours ? (ours.snapshot.tables[0]?.rows ?? []) : [];
    expect(rows.map((row) => row.map((c) => c.cell))).toEqual([
      ["XFB131072", "XFC131072", "XFD131072"],
      ["XFB131073", "XFC131073", "XFD131073"],
      ["XFB131074", "XFC131074", "XFD131074"],
      ["XFB131075", "XFC131075", "XFD131075"],
    ]);
  });

  it("yields exactly ExcelJS's snapshot, with and without the cells outside tables, of random edits", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 25 }), fc.boolean(), async (edits, merge) => {
        const bytes = await edited(base, edits, merge);
        for (const outside of [false, true]) {
          expect(await streamed("edited.xlsx", bytes, outside)).toBe(true);
          const reference = await readWithExcelJs("edited.xlsx", bytes, outside);
          expect(await readWithPort("edited.xlsx", bytes, outside)).toEqual(reference);
        }
      }),
      { numRuns: 30 }
    );
    // 30 workbooks written, read twice each: about 15 s on an idle 2-CPU machine.
  }, 180_000);

  it("reads formulas shared down a column as Excel fills them, and elements written with a namespace prefix", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(base);
    const parts = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    let shared = 0;
    for (const part of parts) {
      const xml = (await zip.file(part)?.async("string")) ?? "";
      // Our writer shares each table column's formula (a KPI's progress and status), as Excel saves a filled column.
      shared += (xml.match(/<f t="shared" si="\d+"\/>/g) ?? []).length;
      // Any other column's formulas that are the first one filled down become one shared formula, as Excel saves them.
      const first = new Map<string, { row: number; formula: string; si: number }>();
      // Numbered after the formulas the sheet already shares (each sheet numbers its own from 0).
      const taken = [...xml.matchAll(/<f t="shared"[^>]*\bsi="(\d+)"/g)].map(
        (m) => Number(m[1]) + 1
      );
      const firstSi = Math.max(0, ...taken);
      const sharedXml = xml.replace(
        /<c r="([A-Z]+)(\d+)"([^>]*)><f>([^<]*)<\/f>/g,
        (whole, column: string, row: string, rest: string, formula: string) => {
          const master = first.get(column);
          const decoded = formula
            .replace(/&quot;/g, '"')
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&amp;/g, "&");
          if (!master) {
            first.set(column, { row: Number(row), formula: decoded, si: firstSi + first.size });
            return `<c r="${column}${row}"${rest}><f t="shared" ref="${column}${row}:${column}${Number(row) + 50}" si="${firstSi + first.size - 1}">${formula}</f>`;
          }
          if (shiftFormula(master.formula, Number(row) - master.row, 0) !== decoded) return whole;
          shared++;
          return `<c r="${column}${row}"${rest}><f t="shared" si="${master.si}"/>`;
        }
      );
      const prefixed = sharedXml
        .replace(/<worksheet\b/, "<x:worksheet")
        .replace(/<\/worksheet>/, "</x:worksheet>")
        .replace(/xmlns="([^"]*)"/, 'xmlns:x="$1"')
        .replace(/<(\/?)(sheetData|row|c|v|f|is|t)([\s>/])/g, "<$1x:$2$3");
      zip.file(part, prefixed);
    }
    expect(shared).toBeGreaterThan(20);
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(await streamed("prefixed.xlsx", bytes)).toBe(true);
    const reference = await readWithExcelJs("prefixed.xlsx", bytes);
    expect(await readWithPort("prefixed.xlsx", bytes)).toEqual(reference);
    expect(reference).toEqual(
      await readWithExcelJs("new.xlsx", base).then(
        (r) => JSON.parse(JSON.stringify(r).replace(/new\.xlsx/g, "prefixed.xlsx")) as unknown
      )
    );
  });
});

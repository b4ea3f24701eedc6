import ExcelJS from "exceljs";
import fc from "fast-check";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kpiReport, newWorkbook, tempDir } from "../support/cli-harness";
import { CLEAN_VALUES } from "../support/fill";
import { readBack } from "../support/read-sheet";

/**
 * Nothing lost: a workbook filled at random as an officer might (numbers, text in any script, long text,
 * booleans, empty cells, stray link marks, a sheet of their own with its own formatting, a row beneath a table,
 * a formatted cell beside our tables), saved by ExcelJS, then each writing command run on it; before and after
 * are read back with ExcelJS and every value the user entered compared, cell for cell.
 */

const RUNS = 25;

type Value = string | number | boolean | null;

/** Drops what no one can type into a cell (control characters other than tab and newline), which XML cannot hold. */
const printable = (s: string): string =>
  [...s]
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code === 9 || code === 10 || (code >= 32 && code !== 127);
    })
    .join("");

const value: fc.Arbitrary<Value> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.string({ unit: "grapheme", maxLength: 30 }).map(printable),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 9 }), fc.integer({ min: 100, max: 400 }))
    .map(([s, n]) => printable(s.repeat(n))),
  fc.constantFrom(
    "X",
    "x",
    "Yes",
    "No",
    "Completed",
    "No data",
    "12%",
    "=1+1",
    "مرحبا",
    "进展 ✓",
    " "
  )
);

const columns = (from: string, to: string): string[] =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) =>
    String.fromCharCode(from.charCodeAt(0) + i)
  );
/** The entry cells of the test plan's workbook: KPI entries of sector A's six KPIs, and every link cell. */
const ENTRY_CELLS = [
  ...[2, 3, 4, 5, 6, 7].flatMap((row) =>
    ["B", "C", ...columns("H", "Q"), "T", "U"].map((col) => `A KPIs!${col}${row}`)
  ),
  ...["F2", "G2", "F3", "G3"].map((c) => `A Objectives!${c}`),
  ...["D2", "E2", "D3", "E3"].map((c) => `A Outputs!${c}`),
  "B Objectives!F2",
  "B Objectives!G2",
  "B Outputs!D2",
];

interface Fill {
  /** Entry cells and their values, by "Sheet!A1". */
  readonly entries: Record<string, Value>;
  /** The user's own sheet: its name, cells and which are bold or filled. */
  readonly own: {
    readonly name: string;
    readonly cells: Record<string, Value>;
    readonly bold: readonly string[];
    readonly fill: string;
  };
  /** A row the user typed beneath the KPI table (row 8, just beneath, or 9). */
  readonly beneath: { readonly row: number; readonly values: readonly Value[] };
  /** A cell beside our tables, with the user's own fill and bold. */
  readonly formatted: { readonly address: string; readonly value: string };
}

const ownCell = fc
  .tuple(fc.constantFrom(...columns("A", "F")), fc.integer({ min: 1, max: 12 }))
  .map(([c, r]) => `${c}${r}`);

const fillOf = (entryCells: readonly string[], entry: fc.Arbitrary<Value>): fc.Arbitrary<Fill> =>
  fc.record({
    entries: fc.dictionary(fc.constantFrom(...entryCells), entry, { minKeys: 1, maxKeys: 40 }),
    own: fc.record({
      name: fc.constantFrom("My notes", "Données", "备注 2021", "Q&A (draft)"),
      cells: fc.dictionary(ownCell, value, { minKeys: 1, maxKeys: 10 }),
      bold: fc.array(ownCell, { maxLength: 4 }),
      fill: fc.constantFrom("FFFFFF00", "FF92D050", "FFFF0000"),
    }),
    beneath: fc.record({
      row: fc.constantFrom(8, 9),
      values: fc.array(value, { minLength: 1, maxLength: 4 }),
    }),
    formatted: fc.record({
      address: fc.constantFrom("W3", "Y12", "A20"),
      value: fc
        .string({ unit: "grapheme", minLength: 1, maxLength: 20 })
        .map((s) => printable(s) || "note"),
    }),
  });

/** Writes the fill into a copy of `base` with ExcelJS, as a user saving in a spreadsheet program would. */
const writeFill = async (base: string, file: string, fill: Fill): Promise<void> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(base);
  for (const [ref, v] of Object.entries(fill.entries)) {
    const [sheet = "", cell = ""] = ref.split("!");
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    ws.getCell(cell).value = v;
  }
  const kpis = wb.getWorksheet("A KPIs");
  if (!kpis) throw new Error("no A KPIs sheet");
  fill.beneath.values.forEach((v, i) => (kpis.getCell(fill.beneath.row, i + 1).value = v));
  const formatted = kpis.getCell(fill.formatted.address);
  formatted.value = fill.formatted.value;
  formatted.font = { bold: true };
  formatted.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
  const own = wb.addWorksheet(fill.own.name);
  for (const [address, v] of Object.entries(fill.own.cells)) own.getCell(address).value = v;
  for (const address of fill.own.bold) {
    own.getCell(address).font = { bold: true, italic: true };
    own.getCell(address).fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: fill.own.fill },
    };
  }
  await wb.xlsx.writeFile(file);
};

let compared = 0;
let cases = 0;

const shown = (cell: ExcelJS.Cell): unknown => cell.value ?? null;
const look = (cell: ExcelJS.Cell): unknown => ({
  bold: cell.font?.bold ?? false,
  italic: cell.font?.italic ?? false,
  fill: (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null,
});

/** Every sheet of the user's own, every cell with its value and look, as a reader finds them. */
const ownSheet = (wb: ExcelJS.Workbook, name: string): unknown[] => {
  const ws = wb.getWorksheet(name);
  if (!ws) return [`no sheet "${name}"`];
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.push([cell.address, shown(cell), look(cell)])
    )
  );
  return cells;
};

/** The addresses the user typed in on our sheets, as "Sheet!A1". */
const userCells = (fill: Fill): string[] => [
  ...Object.keys(fill.entries),
  ...fill.beneath.values.map((_, i) => `A KPIs!${String.fromCharCode(65 + i)}${fill.beneath.row}`),
  `A KPIs!${fill.formatted.address}`,
];

/**
 * Compares what the user entered, before and after: each cell they typed in (at its address), their sheet
 * cell for cell with its formatting, and (unless `formatBeside` is false) the formatting of their cell beside
 * our tables.
 */
const expectKept = (
  before: ExcelJS.Workbook,
  after: ExcelJS.Workbook,
  fill: Fill,
  options: { readonly formatBeside: boolean; readonly ownSheet: boolean } = {
    formatBeside: true,
    ownSheet: true,
  }
): void => {
  const at = (wb: ExcelJS.Workbook, ref: string): ExcelJS.Cell => {
    const [sheet = "", cell = ""] = ref.split("!");
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    return ws.getCell(cell);
  };
  const refs = userCells(fill);
  expect(refs.map((ref) => [ref, shown(at(after, ref))])).toEqual(
    refs.map((ref) => [ref, shown(at(before, ref))])
  );
  compared += refs.length;
  if (options.formatBeside) {
    const ref = `A KPIs!${fill.formatted.address}`;
    expect(look(at(after, ref))).toEqual(look(at(before, ref)));
  }
  if (options.ownSheet) {
    const mine = ownSheet(before, fill.own.name);
    expect(ownSheet(after, fill.own.name)).toEqual(mine);
    compared += mine.length;
  }
  cases += 1;
};

let plans = "";
let base = "";
let cleanBase = "";

beforeAll(async () => {
  const made = await newWorkbook();
  plans = made.plans;
  base = made.file;
  const dir = tempDir();
  const values = join(dir, "clean.json");
  writeFileSync(values, JSON.stringify(CLEAN_VALUES));
  cleanBase = join(dir, "clean.xlsx");
  const clean = await kpiReport(
    "--plans-dir",
    plans,
    "new",
    "--plan",
    "test-2020-2023",
    "--sector",
    "A",
    "--period",
    "2021",
    "--values",
    values,
    "--out",
    cleanBase
  );
  if (clean.code !== 0) throw new Error(clean.err);
});

afterAll(() => {
  // The counts the report gives: NOTHING_LOST_COUNTS=counts.json npx jest test/cli/nothing-lost.property.test.ts
  if (process.env.NOTHING_LOST_COUNTS)
    writeFileSync(process.env.NOTHING_LOST_COUNTS, JSON.stringify({ cases, compared }));
});

/** Runs one property over random fills of `from`, each in a fresh folder. */
const property = async (
  entryCells: readonly string[],
  from: () => string,
  check: (fill: Fill, dir: string, file: string) => Promise<void>,
  entry: fc.Arbitrary<Value> = value
): Promise<void> => {
  const [casesBefore, comparedBefore] = [cases, compared];
  await fc.assert(
    fc.asyncProperty(fillOf(entryCells, entry), async (fill) => {
      const dir = tempDir();
      const file = join(dir, "filled.xlsx");
      await writeFill(from(), file, fill);
      await check(fill, dir, file);
    }),
    { numRuns: RUNS }
  );
  // Every case compared something: at least the one cell it typed in and the cell beside our tables.
  expect(cases - casesBefore).toBe(RUNS);
  expect(compared - comparedBefore).toBeGreaterThanOrEqual(RUNS * 2);
};

const run = (...argv: string[]) => kpiReport("--plans-dir", plans, ...argv);

describe("every command that writes keeps what the user entered", () => {
  it("validate --out: the checked copy keeps every value, row, sheet and format; the input is unchanged", () =>
    property(
      ENTRY_CELLS,
      () => base,
      async (fill, dir, file) => {
        const bytes = readFileSync(file);
        const out = join(dir, "checked.xlsx");
        expect((await run("validate", file, "--out", out)).code).not.toBe(2);
        expect(readFileSync(file).equals(bytes)).toBe(true);
        expectKept(await readBack(file), await readBack(out), fill);
      }
    ));

  it("matrix --in-place keeps every value, row, sheet and format", () =>
    property(
      ENTRY_CELLS,
      () => base,
      async (fill, _dir, file) => {
        const before = await readBack(file);
        expect((await run("matrix", file, "--in-place")).code).toBe(0);
        expectKept(before, await readBack(file), fill);
      }
    ));

  it("matrix --out: the copy keeps everything and the input is byte for byte unchanged", () =>
    property(
      ENTRY_CELLS,
      () => base,
      async (fill, dir, file) => {
        const bytes = readFileSync(file);
        const out = join(dir, "matrix.xlsx");
        expect((await run("matrix", file, "--out", out)).code).toBe(0);
        expect(readFileSync(file).equals(bytes)).toBe(true);
        expectKept(await readBack(file), await readBack(out), fill);
      }
    ));

  it("annex leaves its input byte for byte unchanged", () =>
    property(
      ENTRY_CELLS,
      () => base,
      async (fill, dir, file) => {
        const copy = join(dir, "copy.xlsx");
        copyFileSync(file, copy);
        const bytes = readFileSync(file);
        expect((await run("annex", file, "--out", join(dir, "annex.xlsx"))).code).toBe(0);
        expect(readFileSync(file).equals(bytes)).toBe(true);
        expectKept(await readBack(copy), await readBack(file), fill);
      }
    ));

  // Only the evidence varies here, never empty (a met KPI needs it), so that every case passes validation.
  const evidence = [2, 3, 4, 5, 6, 7].map((row) => `A KPIs!U${row}`);
  const given = value.filter((v) => v !== null && !(typeof v === "string" && v.trim() === ""));
  it("submit: the stamped copy keeps every value, row, sheet and format", () =>
    property(
      evidence,
      () => cleanBase,
      async (fill, dir, file) => {
        const out = join(dir, "submission.xlsx");
        expect(await run("submit", file, "--out", out, "--preparer", "A. Officer")).toMatchObject({
          code: 0,
          err: "",
        });
        expectKept(await readBack(file), await readBack(out), fill);
      },
      given
    ));

  it("consolidate: every KPI entry and link mark reaches the Council workbook at the same cell", () =>
    property(
      ENTRY_CELLS,
      () => base,
      async (fill, dir, file) => {
        const out = join(dir, "council.xlsx");
        const r = await run("consolidate", file, "--allow-unverified", "--out", out);
        expect(r.code).toBe(0);
        const before = await readBack(file);
        const after = await readBack(out);
        // The Council's workbook is new: only the reported tables travel there, not the user's own sheet.
        const entries = { ...fill, beneath: { row: 8, values: [] }, formatted: fill.formatted };
        const refs = Object.keys(fill.entries);
        const at = (wb: ExcelJS.Workbook, ref: string): unknown => {
          const [sheet = "", cell = ""] = ref.split("!");
          return wb.getWorksheet(sheet)?.getCell(cell).value ?? null;
        };
        expect(refs.map((ref) => [ref, at(after, ref)])).toEqual(
          refs.map((ref) => [ref, at(before, ref)])
        );
        compared += refs.length;
        cases += 1;
        void entries;
      }
    ));

  it("upgrade --in-place and --out keep every value at its place, the user's sheet and its formatting", () =>
    property(
      ENTRY_CELLS,
      () => base,
      async (fill, dir, file) => {
        const before = await readBack(file);
        const out = join(dir, "upgraded.xlsx");
        const copy = await run("upgrade", file, "--out", out);
        expect(copy).toMatchObject({ code: 0, err: "" });
        const inPlace = await run("upgrade", file, "--in-place");
        expect(inPlace).toMatchObject({ code: 0, err: "" });
        // Cells outside our tables on the sheets an upgrade rebuilds keep their value, not their own format.
        const options = { formatBeside: false, ownSheet: true };
        expectKept(before, await readBack(out), fill, options);
        cases -= 1;
        expectKept(before, await readBack(file), fill, options);
      }
    ));
});

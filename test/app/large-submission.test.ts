import { MemoryXlsxIo, WorkbookReadError, writeXlsx, XlsxBytesPort } from "../../src/adapters/xlsx";
import { submitWorkbook, verifySubmission } from "../../src/app";
import { buildReportingWorkbook, WorkbookSpec } from "../../src/core/layout";
import type { Plan } from "../../src/core/plan";
import { parseReport } from "../../src/core/report";
import { WORKBOOK_LIMITS } from "../../src/core/snapshot";
import {
  buildStampSheets,
  canonicalCells,
  canonicalContent,
  canonicalText,
  makeStamp,
  readStamp,
  STAMP_CELLS_TABLE,
  textHash,
  Verification,
  verifyStamp,
} from "../../src/core/submission";
import { cleanEntriesFor, planWithKpis } from "../support/many-kpis";
import { snapshotOfSpec } from "../support/spec-snapshot";
import { entriesOf, rezip } from "../corpus/make-zip";

/** A workbook of `n` KPIs with no validation error (the bench's entries carry one mistake in twenty rows). */
const cleanWorkbook = (n: number): { plan: Plan; spec: WorkbookSpec } => {
  const plan = planWithKpis(n);
  const entries = cleanEntriesFor(plan);
  const spec = buildReportingWorkbook(plan, {
    sectors: ["A"],
    period: 2021,
    createdAt: "2021-01-01T00:00:00Z",
    generator: "test",
    entries,
  });
  return { plan, spec };
};

describe("submissions at any size", () => {
  it("stamps a KPI table at the 20,000-row sheet limit in a record of a few hundred rows, which verifies", async () => {
    const { plan, spec } = cleanWorkbook(WORKBOOK_LIMITS.rowsPerSheet - 1);
    const snapshot = snapshotOfSpec(spec);
    const parsed = parseReport(snapshot, () => plan);
    if (!parsed.ok) throw new Error(parsed.message);
    const cells = canonicalCells(snapshot, parsed.report.meta);
    const text = canonicalText(cells);
    // What submit stamps, built from the rows without sorting the lines: the same text, byte for byte.
    const content = canonicalContent(snapshot, parsed.report.meta);
    expect(content.text === text).toBe(true);
    expect(content.cells).toBe(cells.length);
    const stamp = makeStamp(
      parsed.report.meta,
      { cells: cells.length, hash: await textHash(text) },
      {
        preparer: "test",
        stampedAt: "2021-07-01T00:00:00.000Z",
        generator: "test",
        summary: { errors: 0, warnings: 0, info: 0 },
      }
    );
    const sheets = buildStampSheets(stamp, text);
    const record = sheets.flatMap((s) => s.tables).find((t) => t.name === STAMP_CELLS_TABLE);
    expect(cells.length).toBeGreaterThan(19 * (WORKBOOK_LIMITS.rowsPerSheet - 1));
    expect(record?.rows.length).toBeLessThan(1_000);
    const submitted = snapshotOfSpec({ ...spec, sheets: [...spec.sheets, ...sheets] });
    const stamped = readStamp(submitted);
    if (!stamped.ok) throw new Error(stamped.errors.join());
    expect((await verifyStamp(submitted, parsed.report.meta, stamped.value)).unchanged).toBe(true);
  }, 600_000);

  /** Submits a clean workbook of `n` KPIs as the CLI does (one port reads and writes): the copy, or the refusal. */
  const submitFile = async (
    n: number
  ): Promise<{ plan: Plan; written?: Uint8Array; refused?: string; by?: string }> => {
    const { plan, spec } = cleanWorkbook(n);
    const kpis = spec.sheets.find((sheet) => sheet.name === "A KPIs")?.tables[0]?.rows.length;
    expect(kpis).toBe(n + 3);
    const source = new MemoryXlsxIo("big.xlsx", await writeXlsx(spec));
    const copy = new MemoryXlsxIo("big-submission.xlsx");
    const port = new XlsxBytesPort({
      name: "big.xlsx",
      read: () => source.read(),
      write: (b) => copy.write(b),
    });
    try {
      const submitted = await submitWorkbook(port, port, () => plan, {
        preparer: "test",
        now: new Date("2021-07-01T00:00:00Z"),
        generator: "test",
      });
      if (!submitted.ok) throw new Error(submitted.errors.join());
      expect(submitted.value.submitted).toBe(true);
    } catch (error) {
      if (!(error instanceof WorkbookReadError)) throw error;
      expect(copy.written).toBeUndefined();
      return { plan, refused: error.message };
    }
    return { plan, written: copy.written, by: port.lastWrite };
  };

  it("refuses a copy that would inflate past the 80 MB all parts may, naming the limit, and writes nothing", async () => {
    const { plan, spec } = cleanWorkbook(1);
    const workbook = await writeXlsx(spec);
    // Two parts of spaces (each under the 64 MB a part may hold) fill the workbook to 1 KB under the limit: it
    // reads, and its stamp sheets would take it past.
    const used = (await entriesOf(workbook)).reduce((n, e) => n + e.size, 0);
    const room = WORKBOOK_LIMITS.totalBytes - used - 1024;
    const half = Math.floor(room / 2);
    const full = await rezip(workbook, {
      "customXml/item1.xml": new Uint8Array(half).fill(0x20),
      "customXml/item2.xml": new Uint8Array(room - half).fill(0x20),
    });
    const copy = new MemoryXlsxIo("full-submission.xlsx");
    const port = new XlsxBytesPort({
      name: "full.xlsx",
      read: async () => full,
      write: (b) => copy.write(b),
    });
    await expect(
      submitWorkbook(port, port, () => plan, {
        preparer: "test",
        now: new Date("2021-07-01T00:00:00Z"),
        generator: "test",
      })
    ).rejects.toThrow(
      /^full\.xlsx: with the sheets added, the workbook would inflate to 80(\.\d)? MB, more than the 80 MB allowed for a reporting workbook \(see docs\/limits\.md\), so it could not be read again; nothing was written$/
    );
    expect(copy.written).toBeUndefined();
  }, 120_000);

  const verified = async (plan: Plan, written: Uint8Array): Promise<Verification> => {
    const v = await verifySubmission(
      new XlsxBytesPort(new MemoryXlsxIo("big-submission.xlsx", written)),
      () => plan
    );
    if (!v.ok) throw new Error(v.errors.join());
    return v.value;
  };

  // 1,401 KPIs: past the old one-row-per-cell record's limit. 19,996 KPIs: with the test plan's three other KPIs
  // of sector A and the header row, a KPIs sheet of exactly 20,000 rows, the most a sheet may have; its copy,
  // with the stamp record's canonical text (some 1.1 KB a KPI) beside the KPIs sheet (0.9 KB a row, formulas
  // shared), inflates to some 41 MB of the 80 MB allowed, and verify reads it.
  it.each([1, 1_401, WORKBOOK_LIMITS.rowsPerSheet - 4])(
    "verifies the file submit writes for %i KPIs, written by editing the package, its stamp record intact",
    async (n) => {
      const { plan, written, by, refused } = await submitFile(n);
      expect(refused).toBeUndefined();
      expect(by).toBe("package");
      if (!written) throw new Error("nothing written");
      const verification = await verified(plan, written);
      expect(verification.unchanged).toBe(true);
      expect(verification.cellsIntact).toBe(true);
      expect(verification.stamp.canonicalCells).toBeGreaterThan(19 * n);
    },
    900_000
  );
});

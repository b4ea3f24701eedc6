import { MemoryXlsxIo, WorkbookReadError, writeXlsx, XlsxBytesPort } from "../../src/adapters/xlsx";
import { submitWorkbook, verifySubmission } from "../../src/app";
import { buildReportingWorkbook, WorkbookSpec } from "../../src/core/layout";
import type { Plan } from "../../src/core/plan";
import { parseReport } from "../../src/core/report";
import { WORKBOOK_LIMITS } from "../../src/core/snapshot";
import {
  buildStampSheets,
  canonicalCells,
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

  const verified = async (plan: Plan, written: Uint8Array): Promise<Verification> => {
    const v = await verifySubmission(
      new XlsxBytesPort(new MemoryXlsxIo("big-submission.xlsx", written)),
      () => plan
    );
    if (!v.ok) throw new Error(v.errors.join());
    return v.value;
  };

  // 1,401 KPIs: past the old one-row-per-cell record's limit; 18,000: near the largest that fits in the 80 MB
  // all parts may inflate to, with the stamp record's canonical text (some 1.1 KB a KPI) beside the KPIs sheet.
  it.each([1, 1_401, 18_000])(
    "verifies the file submit writes for %i KPIs, written by editing the package, its stamp record intact",
    async (n) => {
      const { plan, written, by } = await submitFile(n);
      expect(by).toBe("package");
      if (!written) throw new Error("nothing written");
      const verification = await verified(plan, written);
      expect(verification.unchanged).toBe(true);
      expect(verification.cellsIntact).toBe(true);
      expect(verification.stamp.canonicalCells).toBeGreaterThan(19 * n);
    },
    900_000
  );

  // 19,996 KPIs: with the test plan's three other KPIs of sector A and the header row, a KPIs sheet of exactly
  // 20,000 rows, the most a sheet may have. Its workbook inflates to some 67 MB as written today, and with the
  // stamp to some 85 MB: submit then refuses, naming the limit, rather than write a copy verify would refuse.
  it("at the 20,000-row sheet limit, writes only a copy that verifies, or refuses naming the limit and writes nothing", async () => {
    const { plan, written, refused } = await submitFile(WORKBOOK_LIMITS.rowsPerSheet - 4);
    if (refused !== undefined)
      expect(refused).toMatch(
        /^big\.xlsx: with the sheets added, the workbook would inflate to [\d.]+ MB, more than the 80 MB allowed for a reporting workbook \(see docs\/limits\.md\), so it could not be read again; nothing was written$/
      );
    else {
      if (!written) throw new Error("nothing written, and no refusal");
      expect((await verified(plan, written)).unchanged).toBe(true);
    }
  }, 900_000);
});

import { MemoryXlsxIo, writeXlsx, XlsxBytesPort } from "../../src/adapters/xlsx";
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

  it("verifies the file submit writes for 10,000 KPIs, its stamp record intact", async () => {
    const { plan, spec } = cleanWorkbook(10_000);
    const source = new MemoryXlsxIo("big.xlsx", await writeXlsx(spec));
    const copy = new MemoryXlsxIo("big-submission.xlsx");
    const submitted = await submitWorkbook(
      new XlsxBytesPort(source),
      new XlsxBytesPort({
        name: "big.xlsx",
        read: () => source.read(),
        write: (b) => copy.write(b),
      }),
      () => plan,
      { preparer: "test", now: new Date("2021-07-01T00:00:00Z"), generator: "test" }
    );
    if (!submitted.ok) throw new Error(submitted.errors.join());
    expect(submitted.value.submitted).toBe(true);
    const written = copy.written;
    if (!written) throw new Error("nothing written");
    const verified = await verifySubmission(
      new XlsxBytesPort(new MemoryXlsxIo("big-submission.xlsx", written)),
      () => plan
    );
    if (!verified.ok) throw new Error(verified.errors.join());
    expect(verified.value.unchanged).toBe(true);
    expect(verified.value.cellsIntact).toBe(true);
  }, 900_000);
});

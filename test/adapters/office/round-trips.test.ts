import { clearFindings, validateWorkbook } from "../../../src/app";
import { buildReportingWorkbook, WorkbookSpec } from "../../../src/core/layout";
import { createExcelFake, ExcelFake, largest } from "../../support/excel-fake";
import { entriesFor, planWithKpis } from "../../support/many-kpis";
import { officePort, xlsxSnapshot } from "../../support/office-port";

const NOW = new Date("2021-06-30T12:00:00Z");
const MB = 1024 * 1024;

const specWith = (kpis: number): { spec: WorkbookSpec; plan: ReturnType<typeof planWithKpis> } => {
  const plan = planWithKpis(kpis);
  return {
    plan,
    spec: buildReportingWorkbook(plan, {
      sectors: ["A"],
      period: 2021,
      createdAt: "2021-01-01T00:00:00Z",
      generator: "test",
      entries: entriesFor(plan),
    }),
  };
};

/** Round trips of each command, one after the other on one workbook. */
const roundTrips = async (
  kpis: number,
  budget: number,
  excel: ExcelFake
): Promise<{ write: number; read: number; mark: number; markAgain: number }> => {
  const { spec, plan } = specWith(kpis);
  const port = officePort(excel, { payloadBudgetBytes: budget });
  const count = async (command: () => Promise<unknown>): Promise<number> => {
    const before = excel.stats.syncs;
    await command();
    return excel.stats.syncs - before;
  };
  return {
    write: await count(() => port.writeWorkbook(spec)),
    read: await count(() => port.readSnapshot()),
    mark: await count(() => validateWorkbook(port, () => plan, { mark: true, now: NOW })),
    markAgain: await count(() => validateWorkbook(port, () => plan, { mark: true, now: NOW })),
  };
};

describe("round trips of the Office.js adapter", () => {
  it("makes the same number of syncs per command for 10 and for 10,000 KPI rows while requests fit the budget", async () => {
    // A second validation of 10,000 rows deletes the first run's highlights and adds the new ones in one request,
    // which is larger than 64 MB on the current workbook format: the budget here is one that request fits.
    const big = { requestLimitBytes: 256 * MB, responseLimitBytes: 256 * MB };
    const small = await roundTrips(10, 192 * MB, createExcelFake(big));
    const large = await roundTrips(10_000, 192 * MB, createExcelFake(big));
    expect(large).toEqual(small);
    // list the sheets; the bulk write; order and tidy; protect
    expect(small.write).toBe(4);
    // sheets and tables; their places; their cells (validate reads once before marking)
    expect(small.read).toBe(3);
    expect(small.mark).toBeLessThanOrEqual(3 + 6);
  }, 180_000);

  it("adds syncs only as the payload budget requires, never sending a request over it", async () => {
    const budget = 256 * 1024;
    const excel = createExcelFake({ requestLimitBytes: budget });
    const counts = await roundTrips(3_000, budget, excel);
    expect(largest(excel.stats.requestBytes)).toBeLessThanOrEqual(budget);
    expect(largest(excel.stats.responseBytes)).toBeLessThanOrEqual(budget);
    const total = (sizes: number[]): number => sizes.reduce((a, b) => a + b, 0);
    const carried = total(excel.stats.requestBytes) + total(excel.stats.responseBytes);
    expect(counts.write).toBeGreaterThan(4);
    // Chunks are reasonably full: at most twice the requests that the bytes sent and received need, plus the fixed ones.
    const all = counts.write + counts.read + counts.mark + counts.markAgain;
    expect(all).toBeLessThanOrEqual(Math.ceil((2 * carried) / budget) + 3 * 4 + 6 * 2);
    expect(excel.stats.cellsWrittenWithCalculationOn).toBe(0);
  }, 180_000);

  it("writes a chunked workbook that reads back exactly as the .xlsx file does", async () => {
    const budget = 64 * 1024;
    const { spec } = specWith(800);
    const excel = createExcelFake({ requestLimitBytes: budget });
    const port = officePort(excel, { payloadBudgetBytes: budget });
    await port.writeWorkbook(spec);
    expect(excel.stats.syncs).toBeGreaterThan(10);
    expect(await port.readSnapshot()).toEqual(await xlsxSnapshot(spec));
    expect(largest(excel.stats.requestBytes)).toBeLessThanOrEqual(budget);
  });

  it("suspends calculation for every bulk request, so Excel recalculates once per request, not per cell", async () => {
    const excel = createExcelFake();
    await roundTrips(200, 4 * MB, excel);
    expect(excel.stats.calculationSuspensions).toBeGreaterThanOrEqual(3);
    expect(excel.stats.cellsWrittenWithCalculationOn).toBe(0);
  });

  it("clears findings in the same fixed number of syncs as marking them, for 10 and for 10,000 KPI rows", async () => {
    const big = { requestLimitBytes: 128 * MB, responseLimitBytes: 128 * MB };
    const clearing = async (kpis: number): Promise<number[]> => {
      const excel = createExcelFake(big);
      const { spec, plan } = specWith(kpis);
      const port = officePort(excel, { payloadBudgetBytes: 64 * MB });
      await port.writeWorkbook(spec);
      await validateWorkbook(port, () => plan, { mark: true, now: NOW });
      const syncs: number[] = [];
      for (let i = 0; i < 2; i++) {
        const before = excel.stats.syncs;
        await clearFindings(port);
        syncs.push(excel.stats.syncs - before);
      }
      return syncs;
    };
    const small = await clearing(10);
    expect(await clearing(10_000)).toEqual(small);
    // list sheets; list conditional formats; their formulas; lift protection; the bulk delete; protect again
    expect(small[0]).toBeLessThanOrEqual(6);
    // nothing left to clear: no formulas to read, no protection to lift or set again
    expect(small[1]).toBeLessThan(small[0] ?? 0);
  }, 180_000);
});

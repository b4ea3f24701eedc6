import { FakeExcelOptions, FakeRequestContext } from "./fake-request-context";
import { FakeStats, newStats } from "./fake-stats";
import { FakeApplication, FakeWorkbook } from "./workbook";
import { newWorkbookState, WorkbookState } from "./workbook-state";

/** What a batch function receives: Excel.RequestContext's workbook, application and sync. */
export interface FakeExcelContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  sync(): Promise<void>;
}

export interface ExcelFake {
  /** Excel.run's shape: runs a batch with a fresh context, then syncs whatever it left queued. */
  readonly run: <T>(batch: (context: FakeExcelContext) => Promise<T>) => Promise<T>;
  /** The workbook itself, for tests to arrange and inspect directly. */
  readonly state: WorkbookState;
  /** Round trips and payload sizes so far. */
  readonly stats: FakeStats;
}

const FIVE_MB = 5 * 1024 * 1024;

/**
 * An in-memory Excel behind the Excel JavaScript API's shape, for testing the Office.js adapter without Excel.
 * It starts as Excel starts a new workbook, with one empty "Sheet1" (pass `firstSheet: null` for none).
 */
export const createExcelFake = (
  options: Partial<FakeExcelOptions> & {
    readonly firstSheet?: string | null;
    readonly state?: WorkbookState;
  } = {}
): ExcelFake => {
  const state =
    options.state ??
    newWorkbookState(options.firstSheet === undefined ? "Sheet1" : options.firstSheet);
  const stats = newStats();
  const settings: FakeExcelOptions = {
    requestLimitBytes: options.requestLimitBytes ?? FIVE_MB,
    responseLimitBytes: options.responseLimitBytes ?? FIVE_MB,
    calculate: options.calculate ?? (() => ""),
  };
  const run = async <T>(batch: (context: FakeExcelContext) => Promise<T>): Promise<T> => {
    stats.runs++;
    const inner = new FakeRequestContext(state, stats, settings);
    const workbook = new FakeWorkbook(inner);
    const context: FakeExcelContext = {
      workbook,
      application: workbook.application,
      sync: () => inner.sync(),
    };
    const result = await batch(context);
    if (inner.pending) await inner.sync();
    return result;
  };
  return { run, state, stats };
};

/** What a test can ask the fake about the traffic between the add-in and Excel. */
export interface FakeStats {
  /** Round trips: every `context.sync()`, including the one `Excel.run` makes for work still queued at its end. */
  syncs: number;
  /** The JSON byte size of each request, in order. */
  readonly requestBytes: number[];
  /** The JSON byte size of each response (the properties loaded), in order. */
  readonly responseBytes: number[];
  /** Calls of application.suspendApiCalculationUntilNextSync() that reached Excel. */
  calculationSuspensions: number;
  /** Cells written by `values`/`formulas` in a request that had not suspended calculation first. */
  cellsWrittenWithCalculationOn: number;
  /** Excel.run calls. */
  runs: number;
}

/** Empty counters. */
export const newStats = (): FakeStats => ({
  syncs: 0,
  requestBytes: [],
  responseBytes: [],
  calculationSuspensions: 0,
  cellsWrittenWithCalculationOn: 0,
  runs: 0,
});

/** The largest of a list of sizes (0 for none). */
export const largest = (sizes: readonly number[]): number =>
  sizes.reduce((a, b) => Math.max(a, b), 0);

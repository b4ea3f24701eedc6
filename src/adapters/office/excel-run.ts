/** Excel.run's shape: the adapter is given it (Excel.run in the add-in, the in-memory fake in tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /**
   * The most a request may carry, in bytes: Excel on the web refuses requests over 5 MB, so the default of
   * 4 MB leaves room for what the estimate does not see.
   */
  readonly payloadBudgetBytes?: number;
  /** Told the sheets that could not be protected (Excel answered AccessDenied); everything else was written. */
  readonly onProtectionDenied?: (sheets: readonly string[]) => void;
}

export const DEFAULT_PAYLOAD_BUDGET = 4 * 1024 * 1024;

/**
 * The sizes past which KPI Reporter refuses a workbook instead of reading it (docs/limits.md). A real reporting
 * workbook is far inside them (the 2012-2015 plan: under 1 MB, a few hundred rows); they exist so that a
 * hostile or broken file is refused, with one sentence, before it can take the machine's memory.
 */
export const WORKBOOK_LIMITS = {
  /** The .xlsx file itself, as stored. */
  fileBytes: 20 * 1024 * 1024,
  /** Parts (files) inside the .xlsx zip. */
  parts: 1_000,
  /** One part, inflated (a sheet's XML, the shared strings). */
  partBytes: 64 * 1024 * 1024,
  /** All parts together, inflated. */
  totalBytes: 80 * 1024 * 1024,
  /** Rows on one sheet, and rows a table may span. */
  rowsPerSheet: 20_000,
  /** Cells (with anything in them, a value or a format) on all sheets together: what memory grows with. */
  cells: 1_000_000,
  /** Characters in one cell: Excel's own limit. */
  cellChars: 32_767,
} as const;

/** A size as a person reads it: "20 MB", "1.5 GB". */
export const formatBytes = (bytes: number): string => {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : Number(value.toFixed(1))} ${units[unit]}`;
};

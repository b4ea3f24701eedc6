import type { Severity } from "../findings";

/**
 * Every colour the workbook format uses, as ARGB ("FF" then RRGGBB, as specs and ExcelJS write colours); the
 * Office.js adapter writes the same ones as "#RRGGBB". Both adapters and every sheet builder read them here.
 */
export const PALETTE = {
  /** Cells an officer fills (pale yellow). */
  entry: "FFFFF8DC",
  /** Computed cells (progress, status). */
  computed: "FFEDEDED",
  /** A grid's header row. */
  header: "FFD9E1F2",
  /** A grid's group rows. */
  group: "FFF2F2F2",
  /** A flagged cell (a goal with no objective) and its text. */
  flag: "FFFFC7CE",
  flagText: "FF9C0006",
  /** A grid's thin rules, and the medium rule above a total row. */
  rule: "FF808080",
  totalRule: "FF404040",
  /** Title text, and the tab of a sheet to read first. */
  title: "FF1F4E79",
  /** Note text. */
  note: "FF595959",
  /** A tab that says something is wrong, or that all is well. */
  alarm: "FFC00000",
  good: "FF00B050",
  /** A tab that says a file was stamped or consolidated. */
  stamped: "FF375623",
  /** The annex's data bars, one colour a status. */
  met: "FF63BE7B",
  onTrack: "FF5B9BD5",
  offTrack: "FFF8696B",
  notAssessable: "FFA6A6A6",
} as const;

/** The Excel table style of every table the format writes. */
export const TABLE_STYLE = "TableStyleLight9";

/** How a text cell looks, by its style (a `plain` cell, a user's own, keeps no look of ours). */
export interface TextLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size: number;
  /** ARGB. */
  readonly color?: string;
}

export const TEXT_LOOKS: Readonly<Record<"title" | "heading" | "body" | "note", TextLook>> = {
  title: { bold: true, size: 16, color: PALETTE.title },
  heading: { bold: true, size: 12 },
  body: { size: 11 },
  note: { italic: true, size: 10, color: PALETTE.note },
};

/**
 * Highlights of findings are conditional formats whose formula is this marker (always true), so they colour a
 * cell without touching its value or its own format, and the next run finds and removes exactly its own.
 * Without the leading "=", as the .xlsx file stores it; Office.js reads and writes it with one.
 */
export const FINDING_MARKER = 'ISTEXT("kpi-reporter-finding")';

/** The fill of a highlighted cell, by the worst severity found in it (ARGB). */
export const FINDING_FILLS: Readonly<Record<Severity, string>> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};

/** "FFC00000" (ARGB) as "#C00000", as Office.js takes colours. */
export const toHexColor = (argb: string): string =>
  `#${argb.length === 8 ? argb.slice(2) : argb}`.toUpperCase();

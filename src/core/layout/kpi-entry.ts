import { KpiId } from "../plan";

/** A value as it stands in an entry cell: what the officer typed, not yet interpreted. */
export type EntryValue = string | number | boolean | null;

/** What an officer entered for one KPI; used to pre-fill a workbook (sample data, upgrades). */
export interface KpiEntry {
  /** An officer-defined KPI's own definition (its text, measure and direction labels, unit); a plan KPI's are the plan's. */
  readonly text?: EntryValue;
  readonly measure?: EntryValue;
  readonly direction?: EntryValue;
  readonly unit?: EntryValue;
  /** The Objective ID cell, where it differs from the plan's (consolidation carries the officer's own). */
  readonly objective?: EntryValue;
  /** The Output ID cell, likewise. */
  readonly output?: EntryValue;
  readonly baselineYear?: EntryValue;
  readonly baseline?: EntryValue;
  readonly targets?: Readonly<Record<string, EntryValue>>;
  readonly actuals?: Readonly<Record<string, EntryValue>>;
  /** A qualitative KPI's assessment per year (Achieved, Partly achieved, Not achieved). */
  readonly assessments?: Readonly<Record<string, EntryValue>>;
  readonly dataNote?: EntryValue;
  readonly evidence?: EntryValue;
}

export type KpiEntries = ReadonlyMap<KpiId, KpiEntry>;

/**
 * Link marks to write instead of the plan's, by row id (objective or output) and then by column header (goal
 * or objective label): how a consolidated workbook keeps each officer's own marks. Rows absent keep the plan's.
 */
export type LinkMarks = ReadonlyMap<string, ReadonlyMap<string, EntryValue>>;

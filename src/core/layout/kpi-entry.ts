import { KpiId } from "../plan";

/** A value as it stands in an entry cell: what the officer typed, not yet interpreted. */
export type EntryValue = string | number | boolean | null;

/** What an officer entered for one KPI; used to pre-fill a workbook (sample data, upgrades). */
export interface KpiEntry {
  readonly baselineYear?: EntryValue;
  readonly baseline?: EntryValue;
  readonly targets?: Readonly<Record<string, EntryValue>>;
  readonly actuals?: Readonly<Record<string, EntryValue>>;
  readonly dataNote?: EntryValue;
  readonly evidence?: EntryValue;
}

export type KpiEntries = ReadonlyMap<KpiId, KpiEntry>;

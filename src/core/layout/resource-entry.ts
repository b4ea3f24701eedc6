import type { EntryValue } from "./kpi-entry";

/** What an officer entered for one output's resources: amounts by year, shares (0-100) by objective id. */
export interface OutputResourceEntry {
  readonly budget?: Readonly<Record<string, EntryValue>>;
  readonly expenditure?: Readonly<Record<string, EntryValue>>;
  readonly shares?: Readonly<Record<string, EntryValue>>;
}

/** What an officer entered for one objective: its shares (0-100) by goal id. */
export interface ObjectiveResourceEntry {
  readonly shares?: Readonly<Record<string, EntryValue>>;
}

/** Resources to pre-fill a workbook with (a values file, an upgrade, a consolidation), by output and objective id. */
export interface ResourceEntries {
  readonly outputs: ReadonlyMap<string, OutputResourceEntry>;
  readonly objectives: ReadonlyMap<string, ObjectiveResourceEntry>;
}

export const NO_RESOURCE_ENTRIES: ResourceEntries = { outputs: new Map(), objectives: new Map() };

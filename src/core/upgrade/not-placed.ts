import type { EntryValue } from "../layout";

/** A value an upgrade found in the workbook and could not put anywhere in the upgraded one. */
export interface NotPlaced {
  /** Where it stood before the upgrade. */
  readonly sheet: string;
  readonly cell: string;
  /** The id of its row (a KPI, objective or output id), or "" for a cell outside any table. */
  readonly rowId: string;
  /** Its column's header, or "" for a cell outside any table. */
  readonly column: string;
  readonly value: EntryValue;
  /** Why it has no place: a sentence for the user. */
  readonly reason: string;
}

/** What an upgrade carried: how many values it put back in place, and each one it could not. */
export interface Carried {
  readonly placed: number;
  readonly notPlaced: readonly NotPlaced[];
}

/** Header texts compared as the parser compares them: spacing and case ignored. */
export const headerKey = (header: string): string =>
  header.trim().replace(/\s+/g, " ").toLowerCase();

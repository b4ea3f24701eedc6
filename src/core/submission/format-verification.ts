import type { CanonicalValue } from "./canonical-content";
import type { ContentChange } from "./verify-stamp";

/** A canonical value as a person reads it in verify's report. */
export const describeValue = (value: CanonicalValue | undefined): string => {
  if (value === undefined) return "(absent)";
  if (value === null) return "(empty)";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value).toUpperCase();
  return "error" in value ? value.error : `the date ${value.date}`;
};

/** Where a change is: the cell now (`ITU-R KPIs!L5`), or the table when the cell is gone. */
export const changePlace = (change: ContentChange): string =>
  change.at
    ? `${change.at.sheet}!${change.at.cell ?? "-"}`
    : change.new === undefined
      ? `${change.table} (gone)`
      : change.table;

import type { CanonicalValue } from "./canonical-content";
import type { ContentChange, Verification } from "./verify-stamp";

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

/** Verify's readable report: one line saying unchanged or changed, then one line per changed cell. */
export const formatVerification = (file: string, v: Verification): string[] => {
  const s = v.stamp;
  const who = `stamped ${s.stampedAt}${s.preparer ? ` by ${s.preparer}` : ""}`;
  const what = `plan ${s.planId}, reporting year ${s.period}, sectors ${s.sectors.join(", ")}`;
  if (v.unchanged)
    return [
      `${file}: unchanged since it was ${who} (${what})`,
      `  ${s.hashAlgorithm} ${s.contentHash} over ${s.canonicalCells} cells (${s.canonicalForm})`,
    ];
  const lines = [
    `${file}: CHANGED since it was ${who} (${what})`,
    `  stamped ${s.hashAlgorithm} ${s.contentHash}`,
    `  content now ${v.currentHash}`,
  ];
  if (!v.cellsIntact)
    lines.push(
      "  The stamp's own record of the cells was altered too: old values cannot be trusted, and are not shown."
    );
  if (v.changes.length === 0)
    lines.push(
      "  The changed cells cannot be named: the stamp's record of the cells was edited to match."
    );
  else lines.push(`  ${v.changes.length} cell${v.changes.length === 1 ? "" : "s"} changed:`);
  for (const c of v.changes) {
    const rowPart = c.table === "Submission" ? "stamp" : c.row;
    const old = v.cellsIntact || c.table === "Submission" ? describeValue(c.old) : "(unknown)";
    lines.push(`    ${changePlace(c)}  ${rowPart}  ${c.column}: ${old} -> ${describeValue(c.new)}`);
  }
  return lines;
};

/** Verify's JSON report, for the receiving unit's tools: exactly this shape (docs/submission-format.md). */
export const verificationJson = (file: string, v: Verification): unknown => ({
  file,
  unchanged: v.unchanged,
  stamp: v.stamp,
  currentHash: v.currentHash,
  cellsIntact: v.cellsIntact,
  // An absent value (the cell or row is gone, or is new, or the old value is not trusted) leaves its key out.
  changes: v.changes.map((c) => ({
    table: c.table,
    row: c.row,
    column: c.column,
    sheet: c.at?.sheet ?? null,
    cell: c.at?.cell ?? null,
    old: v.cellsIntact || c.table === "Submission" ? c.old : undefined,
    new: c.new,
  })),
});

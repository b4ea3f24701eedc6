import type { SheetSpec } from "../../src/core/layout";

/** A sheet's first grid as a reader sees it: values row by row, empty cells as "". */
export const gridValues = (sheet: SheetSpec | undefined): (string | number | boolean)[][] => {
  const grid = sheet?.grids?.[0];
  if (!grid) throw new Error(`sheet ${sheet?.name ?? "(none)"} has no grid`);
  return grid.rows.map((row) =>
    row.map((v) => (v === null ? "" : typeof v === "object" ? `=${v.formula}` : v))
  );
};

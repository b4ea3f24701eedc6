import { a1Range } from "../format";
import { rowHeight } from "./row-height";
import type { CellValue, ColumnSpec, SheetSpec, TableSpec } from "./workbook-spec";

/**
 * An Excel table of these rows, its header at row `top` (0-based) of column A. A table must have a data row: an
 * empty one keeps a single blank row, which readers skip. With `fitRows`, each row is as high as the text of its
 * wrapped columns needs (where any column wraps).
 */
export const tableSpec = (
  name: string,
  columns: readonly ColumnSpec[],
  rows: readonly (readonly CellValue[])[],
  options: { readonly top?: number; readonly fitRows?: boolean } = {}
): TableSpec => {
  const top = options.top ?? 0;
  const body = rows.length > 0 ? rows : [columns.map(() => null)];
  const spec: TableSpec = {
    name,
    ref: a1Range(top, 0, top + body.length, columns.length - 1),
    columns,
    rows: body,
  };
  const wrapped = columns.map((c) => c.wrap === true);
  if (!options.fitRows || !wrapped.includes(true)) return spec;
  const widths = columns.map((c) => c.width);
  return {
    ...spec,
    rowHeights: body.map((row) =>
      rowHeight(
        row.map((value, i) => (wrapped[i] ? value : null)),
        widths
      )
    ),
  };
};

/**
 * A sheet of the reporting workbook holding tables: visible, protected (entry cells stay open), its header row
 * frozen; `extra` overrides any of these.
 */
export const tableSheet = (
  name: string,
  tables: readonly TableSpec[],
  extra: Partial<SheetSpec> = {}
): SheetSpec => ({
  name,
  visibility: "visible",
  tables,
  cells: [],
  validations: [],
  columnWidths: [],
  protect: true,
  freeze: { rows: 1, columns: 0 },
  ...extra,
});

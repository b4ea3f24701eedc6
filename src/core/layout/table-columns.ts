import { ColumnContext, isLinkColumns, PlacedColumn, placeColumns, TableFormat } from "../format";
import type { ColumnSpec, ValidationRule } from "./workbook-spec";

/** The column spec of a placed column: the format's header, width and look, with the writer's validation. */
export const columnSpec = (column: PlacedColumn, validation?: ValidationRule): ColumnSpec => {
  const format = column.format;
  const base: ColumnSpec = isLinkColumns(format)
    ? { header: column.header, width: format.width, role: "entry" }
    : {
        header: column.header,
        width: format.width,
        role: format.role,
        ...(format.wrap ? { wrap: true } : {}),
        ...(format.numFmt ? { numFmt: format.numFmt } : {}),
      };
  return validation ? { ...base, validation } : base;
};

/**
 * A table's column specs as the format declares them, in the context's language; `validation` gives the rule a
 * column's cells get, where they get one (it depends on the plan, so the writer decides it).
 */
export const tableColumns = (
  table: TableFormat,
  context: ColumnContext,
  validation: (column: PlacedColumn) => ValidationRule | undefined = () => undefined
): ColumnSpec[] => placeColumns(table, context).map((c) => columnSpec(c, validation(c)));

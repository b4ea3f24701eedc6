import { isFormula, WorkbookSpec } from "../layout";
import { a1, decodeRange } from "../format";
import type { Snapshot } from "../snapshot";

/**
 * The snapshot an adapter reads from a workbook written from this spec, without writing it: each table's cells
 * with their addresses, formulas without a computed result (as in a file no spreadsheet program has opened).
 * How a workbook built in core (the consolidated one) is stamped before it is written.
 */
export const specSnapshot = (spec: WorkbookSpec): Snapshot => ({
  sheets: spec.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
  tables: spec.sheets.flatMap((sheet) =>
    sheet.tables.map((table) => {
      const at = decodeRange(table.ref);
      if (!at) throw new RangeError(`not an A1 range: ${table.ref}`);
      const { top, left } = at;
      return {
        name: table.name,
        sheet: sheet.name,
        headers: table.columns.map((c) => c.header),
        headerAddresses: table.columns.map((_, i) => a1(top, left + i)),
        rows: table.rows.map((row, r) =>
          row.map((v, c) =>
            isFormula(v)
              ? {
                  sheet: sheet.name,
                  cell: a1(top + 1 + r, left + c),
                  value: null,
                  formula: v.formula,
                }
              : { sheet: sheet.name, cell: a1(top + 1 + r, left + c), value: v }
          )
        ),
      };
    })
  ),
});

import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../core/layout";
import { addSheet } from "./write-xlsx";

/** ExcelJS orders sheets by this run-time field, absent from its typings. */
interface Ordered {
  orderNo: number;
}

/**
 * Replaces the sheets of these names with the specs (each keeps its place among the sheets where it was
 * there already, or goes last), leaving every other sheet as it was.
 */
export const replaceSheets = async (
  wb: ExcelJS.Workbook,
  sheets: readonly SheetSpec[]
): Promise<void> => {
  for (const spec of sheets) {
    const previous = wb.worksheets.find((ws) => ws.name.toLowerCase() === spec.name.toLowerCase());
    const place = previous ? (previous as unknown as Ordered).orderNo : undefined;
    if (previous) wb.removeWorksheet(previous.id);
    await addSheet(wb, spec);
    const added = wb.getWorksheet(spec.name);
    if (added && place !== undefined) (added as unknown as Ordered).orderNo = place;
  }
};

import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../core/layout";
import { addSheet } from "./write-xlsx";

/** ExcelJS orders sheets by this run-time field, absent from its typings. */
interface Ordered {
  orderNo: number;
}

/**
 * Replaces the sheets of these names with the specs (each keeps its place among the sheets where it was
 * there already, or goes after the last visible sheet, before hidden ones such as `_kpi_meta`), leaving every
 * other sheet as it was; then makes the sheets named in `veryHidden` very hidden, where the workbook has them.
 */
export const replaceSheets = async (
  wb: ExcelJS.Workbook,
  sheets: readonly SheetSpec[],
  veryHidden: readonly string[] = []
): Promise<void> => {
  for (const spec of sheets) {
    const order = wb.worksheets;
    const at = order.findIndex((ws) => ws.name.toLowerCase() === spec.name.toLowerCase());
    const afterVisible = order.map((ws) => ws.state).lastIndexOf("visible") + 1;
    const place = at >= 0 ? at : afterVisible;
    const previous = order[at];
    if (previous) wb.removeWorksheet(previous.id);
    await addSheet(wb, spec);
    const added = wb.getWorksheet(spec.name);
    const others = wb.worksheets.filter((ws) => ws !== added);
    const placed = added ? [...others.slice(0, place), added, ...others.slice(place)] : others;
    placed.forEach((ws, i) => ((ws as unknown as Ordered).orderNo = i + 1));
  }
  for (const ws of wb.worksheets) if (veryHidden.includes(ws.name)) ws.state = "veryHidden";
};

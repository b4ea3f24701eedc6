import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../core/layout";
import { sheetPlace } from "../../core/format";
import { addSheet } from "./write-xlsx";

/** ExcelJS orders sheets by this run-time field, absent from its typings. */
interface Ordered {
  orderNo: number;
}

/**
 * Replaces the sheets of these names with the specs, each where the format places it (sheetPlace: its old place,
 * or after the last visible sheet), leaving every other sheet as it was.
 */
export const replaceSheets = async (
  wb: ExcelJS.Workbook,
  sheets: readonly SheetSpec[]
): Promise<void> => {
  for (const spec of sheets) {
    const order = wb.worksheets;
    const place = sheetPlace(
      order.map((ws) => ({ name: ws.name, visible: ws.state === "visible" })),
      spec.name
    );
    const previous = order[place];
    if (previous && previous.name.toLowerCase() === spec.name.toLowerCase())
      wb.removeWorksheet(previous.id);
    await addSheet(wb, spec);
    const added = wb.getWorksheet(spec.name);
    const others = wb.worksheets.filter((ws) => ws !== added);
    const placed = added ? [...others.slice(0, place), added, ...others.slice(place)] : others;
    placed.forEach((ws, i) => ((ws as unknown as Ordered).orderNo = i + 1));
  }
};

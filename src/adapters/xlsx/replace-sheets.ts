import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../core/layout";
import { sheetPlace } from "../../core/format";
import { addSheet, type DeferredValidations } from "./write-xlsx";

/** ExcelJS orders sheets by this run-time field, absent from its typings. */
interface Ordered {
  orderNo: number;
}

/**
 * Replaces the sheets of these names with the specs, each where the format places it (sheetPlace: its old place,
 * or after the last visible sheet), leaving every other sheet as it was; then makes the sheets named in
 * `veryHidden` very hidden, where the workbook has them. With `deferred`, the new sheets' own validations are left
 * there for the writer to put into the package (withValidations), one element per rule.
 */
export const replaceSheets = async (
  wb: ExcelJS.Workbook,
  sheets: readonly SheetSpec[],
  veryHidden: readonly string[] = [],
  deferred?: DeferredValidations
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
    await addSheet(wb, spec, deferred);
    const added = wb.getWorksheet(spec.name);
    const others = wb.worksheets.filter((ws) => ws !== added);
    const placed = added ? [...others.slice(0, place), added, ...others.slice(place)] : others;
    placed.forEach((ws, i) => ((ws as unknown as Ordered).orderNo = i + 1));
  }
  for (const ws of wb.worksheets) if (veryHidden.includes(ws.name)) ws.state = "veryHidden";
};

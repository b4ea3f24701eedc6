import { findingsSheetNames } from "../core/format";
import { debounce, Debounced } from "./debounce";

/** Activates a finding's sheet and selects its cell in the workbook open in Excel. */
export const selectCell = async (sheet: string, cell: string | null): Promise<void> =>
  Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell ?? "A1").select();
    await context.sync();
  });

/** Bytes as base64, in pieces small enough for String.fromCharCode's argument limit. */
export const base64Of = (bytes: Uint8Array): string => {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/**
 * Opens .xlsx bytes as a new workbook in Excel (ExcelApi 1.8), beside the open one, which stays as it was: how the
 * pane hands over a workbook of its own, such as the Council annex, inside Excel.
 */
export const openAsNewWorkbook = async (bytes: Uint8Array): Promise<void> =>
  Excel.createWorkbook(base64Of(bytes));

/**
 * Calls `onEdit` once the officer's edits settle (`ms` after the last change), for changes on any sheet but the
 * findings sheet, which validation itself rewrites. Pasted values bypass Excel's own data validation, which is
 * why the pane listens for changes at all. Resolves to a function that stops listening.
 */
export const watchEdits = async (onEdit: () => void, ms: number): Promise<() => Promise<void>> => {
  const changed = new Set<string>();
  const settle: Debounced<void> = debounce(() => {
    const ids = [...changed];
    changed.clear();
    void sheetNames(ids).then((names) => {
      if (names.some((name) => !findingsSheetNames().includes(name))) onEdit();
    });
  }, ms);
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  await Excel.run(async (context) => {
    registration = context.workbook.worksheets.onChanged.add(async (event) => {
      changed.add(event.worksheetId);
      settle();
    });
    await context.sync();
  });
  return async () => {
    settle.cancel();
    const handler = registration;
    if (!handler) return;
    await Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
  };
};

const sheetNames = async (ids: readonly string[]): Promise<string[]> =>
  Excel.run(async (context) => {
    const sheets = ids.map((id) => context.workbook.worksheets.getItemOrNullObject(id));
    for (const sheet of sheets) sheet.load("name");
    await context.sync();
    return sheets.flatMap((sheet) => (sheet.isNullObject ? [] : [sheet.name]));
  });

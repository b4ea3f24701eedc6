import type ExcelJS from "exceljs";
import { CellMark, SheetSpec } from "../../core/layout";
import { FINDING_FILLS, FINDING_MARKER, findingsSheetNames } from "../../core/format";
import { replaceSheets } from "./replace-sheets";

interface ConditionalFormatting {
  readonly ref: string;
  readonly rules: readonly { readonly formulae?: readonly string[] }[];
}
interface WithConditionalFormats {
  conditionalFormattings: ConditionalFormatting[];
  addConditionalFormatting(cf: unknown): void;
}

const isOurs = (cf: ConditionalFormatting): boolean =>
  cf.rules.some((r) => r.formulae?.some((f) => f.includes(FINDING_MARKER)));

/** Removes the highlights of every sheet, and nothing else. */
const removeHighlights = (wb: ExcelJS.Workbook): void => {
  for (const ws of wb.worksheets) {
    const sheetCf = ws as unknown as WithConditionalFormats;
    sheetCf.conditionalFormattings = (sheetCf.conditionalFormattings ?? []).filter(
      (cf) => !isOurs(cf)
    );
  }
};

/** Removes the findings sheet of one name; an active tab that goes moves to the first sheet. */
const removeSheet = (wb: ExcelJS.Workbook, sheetName: string): void => {
  const previous = wb.getWorksheet(sheetName);
  if (!previous) return;
  const index = wb.worksheets.indexOf(previous);
  wb.removeWorksheet(previous.id);
  wb.views = (wb.views ?? []).map((view) =>
    view.activeTab === undefined || view.activeTab < index
      ? view
      : { ...view, activeTab: view.activeTab === index ? 0 : view.activeTab - 1 }
  );
};

/**
 * Removes an earlier run's findings sheet (in whichever language it was written) and highlights, leaving every
 * value and every other format as it was.
 */
export const clearFindings = (wb: ExcelJS.Workbook): void => {
  removeHighlights(wb);
  for (const name of findingsSheetNames()) removeSheet(wb, name);
};

/**
 * Replaces the previous run's findings sheet and highlights with these; the sheet goes where the format places it
 * (replaceSheets: where the previous run's was, else after the last visible sheet) and is the one the workbook
 * opens on.
 */
export const markFindings = async (
  wb: ExcelJS.Workbook,
  sheet: SheetSpec,
  marks: readonly CellMark[]
): Promise<void> => {
  removeHighlights(wb);
  // An earlier run's sheet in another language goes; one of this name is replaced in its place.
  for (const name of findingsSheetNames()) if (name !== sheet.name) removeSheet(wb, name);
  for (const mark of marks) {
    const ws = wb.getWorksheet(mark.sheet) as unknown as WithConditionalFormats | undefined;
    ws?.addConditionalFormatting({
      ref: mark.cell,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [FINDING_MARKER],
          style: {
            fill: {
              type: "pattern",
              pattern: "solid",
              bgColor: { argb: FINDING_FILLS[mark.severity] },
            },
          },
        },
      ],
    });
  }
  await replaceSheets(wb, [sheet]);
  const index = wb.worksheets.findIndex((ws) => ws.name === sheet.name);
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: Math.max(index, 0),
      visibility: "visible",
    },
  ];
};

import type ExcelJS from "exceljs";

/**
 * What a reader notices of a cell's look in an .xlsx file, in the terms the fake Excel reports: fill and
 * font colours as ARGB, bold, and the top and bottom rules as "thin FF808080".
 */
export const lookInFile = (ws: ExcelJS.Worksheet, cell: string) => {
  const c = ws.getCell(cell);
  const fill = c.fill?.type === "pattern" ? c.fill.fgColor?.argb : undefined;
  return {
    fill,
    bold: c.font?.bold === true,
    color: c.font?.color?.argb,
    top: c.border?.top ? `${c.border.top.style} ${c.border.top.color?.argb}` : "",
    bottom: c.border?.bottom ? `${c.border.bottom.style} ${c.border.bottom.color?.argb}` : "",
  };
};

/** A sheet's page setup in the terms of Excel.PageLayout (orientation, paper, zoom, print titles, footer). */
export const printOfFile = (ws: ExcelJS.Worksheet) => ({
  orientation: ws.pageSetup.orientation === "landscape" ? "Landscape" : "Portrait",
  paperSize: ws.pageSetup.paperSize === 9 ? "A4" : "Letter",
  zoom:
    ws.pageSetup.fitToWidth !== 1
      ? null
      : ws.pageSetup.fitToHeight === 1
        ? { horizontalFitToPages: 1, verticalFitToPages: 1 }
        : { horizontalFitToPages: 1 },
  printTitleRows: `$${(ws.pageSetup.printTitlesRow ?? "").replace(":", ":$")}`,
  footer: ws.headerFooter.oddFooter,
});

/** A sheet's data bars as the fake Excel lists them: "B4:B9 #63BE7B Number 0 .. HighestValue". */
export const dataBarsOfFile = (ws: ExcelJS.Worksheet): string[] =>
  (
    ws as unknown as {
      conditionalFormattings: {
        ref: string;
        rules: { type: string; color?: { argb: string } }[];
      }[];
    }
  ).conditionalFormattings
    .filter((cf) => cf.rules[0]?.type === "dataBar")
    .map(
      (cf) => `${cf.ref} #${(cf.rules[0]?.color?.argb ?? "").slice(2)} Number 0 .. HighestValue`
    );

import type { PrintSpec } from "../../core/layout";
import { jsonBytes, PayloadBatch } from "./payload-batch";

/** The .xlsx adapter's margins (0.5, 0.5, 0.6, 0.7, 0.3 and 0.3 inches), in points as Excel.PageLayout takes them. */
const MARGINS = {
  leftMargin: 36,
  rightMargin: 36,
  topMargin: 43.2,
  bottomMargin: 50.4,
  headerMargin: 21.6,
  footerMargin: 21.6,
} as const;

/** Excel's header and footer codes start with "&": a literal ampersand is written twice. */
export const footerText = (text: string): string => text.replace(/&/g, "&&");

/**
 * Sets the sheet's page setup as the .xlsx adapter does (ExcelApi 1.9, Worksheet.pageLayout): orientation,
 * paper, one page wide, centred, the title rows repeated on every page, the footer's text on the left and
 * "Page n of m" on the right.
 */
export const queuePrint = async (
  batch: PayloadBatch,
  ws: Excel.Worksheet,
  print: PrintSpec
): Promise<void> => {
  const layout = ws.pageLayout;
  const footer = print.footerLeft ? footerText(print.footerLeft) : "";
  await batch.reserve(jsonBytes(footer) + 256, 12);
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = print.paperSize === "A4" ? "A4" : "Letter";
  // One page wide, as many tall as the rows need: only the width is fitted (office-js issue #1860 sets it so).
  if (print.fitToWidth)
    layout.zoom = print.onePage
      ? { horizontalFitToPages: 1, verticalFitToPages: 1 }
      : { horizontalFitToPages: 1 };
  layout.centerHorizontally = true;
  for (const [margin, points] of Object.entries(MARGINS))
    layout[margin as keyof typeof MARGINS] = points;
  if (print.titleRows)
    layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  const footers = layout.headersFooters.defaultForAllPages;
  if (footer) footers.leftFooter = footer;
  if (print.pageNumbers) footers.rightFooter = "Page &P of &N";
  if (print.headerRight) footers.rightHeader = footerText(print.headerRight);
};

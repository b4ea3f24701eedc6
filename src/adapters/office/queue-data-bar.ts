import type { DataBarSpec } from "../../core/layout";
import { PayloadBatch } from "./payload-batch";
import { toHexColor } from "../../core/format";

/**
 * Adds a data bar over a range as the .xlsx adapter writes it (ExcelApi 1.6): a solid bar in the spec's
 * colour, from 0 to the range's largest value.
 */
export const queueDataBar = async (
  batch: PayloadBatch,
  ws: Excel.Worksheet,
  bar: DataBarSpec
): Promise<void> => {
  await batch.reserve(bar.range.length + 128, 6);
  const format = ws.getRange(bar.range).conditionalFormats.add("DataBar").dataBar;
  format.lowerBoundRule = { type: "Number", formula: "0" };
  format.upperBoundRule = { type: "HighestValue" };
  format.positiveFormat.fillColor = toHexColor(bar.color);
  format.positiveFormat.gradientFill = false;
};

import type { CellValue } from "../../core/layout";
import { toExcelInput } from "./excel-values";
import { jsonBytes, PayloadBatch } from "./payload-batch";

/** Writes a 2-D block of values in as few operations as fit the budget: whole rows per piece. */
export const writeRows = async (
  batch: PayloadBatch,
  ws: Excel.Worksheet,
  top: number,
  left: number,
  rows: readonly (readonly CellValue[])[]
): Promise<void> => {
  let start = 0;
  while (start < rows.length) {
    let bytes = 0;
    let end = start;
    const piece: (string | number | boolean)[][] = [];
    while (end < rows.length) {
      const row = (rows[end] ?? []).map(toExcelInput);
      const size = jsonBytes(row) + 1;
      if (piece.length > 0 && bytes + size > batch.pieceBytes) break;
      piece.push(row);
      bytes += size;
      end++;
    }
    await batch.reserve(bytes, 2);
    ws.getRangeByIndexes(top + start, left, piece.length, piece[0]?.length ?? 1).formulas = piece;
    start = end;
  }
};

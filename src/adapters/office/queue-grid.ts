import type { Alignment, GridSpec } from "../../core/layout";
import { Block, parseA1 } from "./a1-block";
import { areasAddresses, rowRuns } from "./areas-addresses";
import { jsonBytes, PayloadBatch } from "./payload-batch";
import { GRID_BORDER, GRID_FILLS, GRID_TOTAL_BORDER } from "./sheet-styles";
import { writeRows } from "./write-rows";

const HORIZONTAL: Readonly<Record<Alignment, "Left" | "Center" | "Right">> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

/** Queues one format change over several blocks at once: Worksheet.getRanges, in addresses Excel accepts. */
const forAreas = async (
  batch: PayloadBatch,
  ws: Excel.Worksheet,
  blocks: readonly Block[],
  operations: number,
  apply: (areas: Excel.RangeAreas) => void
): Promise<void> => {
  for (const address of areasAddresses(blocks)) {
    await batch.reserve(address.length + 64, operations + 1);
    apply(ws.getRanges(address));
  }
};

/** Sets a line on one edge (or the inside lines) of a range or of every area. */
const setBorder = (
  target: Excel.Range | Excel.RangeAreas,
  edge: (typeof EDGES)[number],
  line: { readonly style: string; readonly weight: string; readonly color: string }
): void => {
  const border = target.format.borders.getItem(edge);
  border.style = line.style as Excel.BorderLineStyle;
  border.weight = line.weight as Excel.BorderWeight;
  border.color = line.color;
};

/**
 * Writes a grid of plain cells as the .xlsx adapter does (values, wrapping, alignment per column, thin rules,
 * shaded bold header and group rows, bold total rows ruled above, red flag cells, row heights), with a number
 * of operations that grows with the grid's columns and its distinct row heights, not with its rows: rows that
 * look alike are formatted together through Worksheet.getRanges.
 */
export const queueGrid = async (
  batch: PayloadBatch,
  ws: Excel.Worksheet,
  grid: GridSpec
): Promise<void> => {
  const at = parseA1(grid.at);
  const width = Math.max(1, ...grid.rows.map((r) => r.length));
  const height = grid.rows.length;
  if (height === 0) return;
  const rows = grid.rows.map((r) => [
    ...r,
    ...Array.from({ length: width - r.length }, () => null),
  ]);
  await writeRows(batch, ws, at.top, at.left, rows);

  const whole = ws.getRangeByIndexes(at.top, at.left, height, width);
  await batch.reserve(256, 2 + (grid.borders === "all" ? 3 * EDGES.length + EDGES.length : 0));
  whole.format.wrapText = true;
  whole.format.verticalAlignment = "Top";
  if (grid.borders === "all") for (const edge of EDGES) setBorder(whole, edge, GRID_BORDER);
  if (grid.numberFormats) {
    const formats = rows.map((row, r) =>
      row.map((_, c) => grid.numberFormats?.[r]?.[c] ?? "General")
    );
    await batch.reserve(jsonBytes(formats), 1);
    whole.numberFormat = formats;
  }

  // Runs of columns with the same alignment, left where the spec gives none.
  let c = 0;
  while (c < width) {
    const align = grid.align?.[c] ?? "left";
    let end = c + 1;
    while (end < width && (grid.align?.[end] ?? "left") === align) end++;
    await batch.reserve(32, 1);
    ws.getRangeByIndexes(at.top, at.left + c, height, end - c).format.horizontalAlignment =
      HORIZONTAL[align];
    c = end;
  }

  if (grid.headerRows > 0) {
    const header = ws.getRangeByIndexes(at.top, at.left, Math.min(grid.headerRows, height), width);
    await batch.reserve(64, 3);
    header.format.verticalAlignment = "Center";
    header.format.font.bold = true;
    header.format.fill.color = GRID_FILLS.header;
  }
  // Rows of the grid (by their index in it, those it has) formatted alike, across its width, together.
  const forRows = (
    indexes: readonly number[],
    operations: number,
    apply: (areas: Excel.RangeAreas) => void
  ): Promise<void> =>
    forAreas(
      batch,
      ws,
      rowRuns(
        indexes.filter((r) => r < height).map((r) => at.top + r),
        at.left,
        width
      ),
      operations,
      apply
    );
  await forRows(
    (grid.groupRows ?? []).filter((r) => r >= grid.headerRows),
    2,
    (areas) => {
      areas.format.font.bold = true;
      areas.format.fill.color = GRID_FILLS.group;
    }
  );
  await forRows(grid.totalRows ?? [], 4, (areas) => {
    areas.format.font.bold = true;
    if (grid.borders === "all") setBorder(areas, "EdgeTop", GRID_TOTAL_BORDER);
  });

  const heights = new Map<number, number[]>();
  (grid.rowHeights ?? []).slice(0, height).forEach((points, r) => {
    heights.set(points, [...(heights.get(points) ?? []), at.top + r]);
  });
  for (const [points, atRows] of heights)
    await forAreas(batch, ws, rowRuns(atRows, at.left, 1), 1, (areas) => {
      areas.format.rowHeight = points;
    });

  const flags = (grid.flagCells ?? []).map(parseA1);
  await forAreas(batch, ws, flags, 3, (areas) => {
    areas.format.fill.color = GRID_FILLS.flag;
    areas.format.font.bold = true;
    areas.format.font.color = GRID_FILLS.flagText;
  });
};

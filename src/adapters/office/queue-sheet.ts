import {
  ColumnSpec,
  RangeValidation,
  SheetSpec,
  TableSpec,
  ValidationRule,
} from "../../core/layout";
import { a1Range, TABLE_STYLE, toHexColor } from "../../core/format";
import { Block, parseA1 } from "./a1-block";
import { areasAddresses, rowRuns } from "./areas-addresses";
import { jsonBytes, PayloadBatch } from "./payload-batch";
import { queueChart } from "./queue-chart";
import { queueDataBar } from "./queue-data-bar";
import { queueGrid } from "./queue-grid";
import { queuePrint } from "./queue-print";
import { writeRows } from "./write-rows";
import { COMPUTED_FILL, ENTRY_FILL, TEXT_FONTS, toPoints } from "./sheet-styles";
import { toExcelValidation } from "./validation-rule";

const VISIBILITY: Readonly<Record<SheetSpec["visibility"], "Visible" | "Hidden" | "VeryHidden">> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

const setValidation = async (
  batch: PayloadBatch,
  range: Excel.Range | Excel.RangeAreas,
  rule: ValidationRule
): Promise<void> => {
  const excel = toExcelValidation(rule);
  await batch.reserve(jsonBytes(excel), 4);
  range.dataValidation.rule = excel.rule;
  range.dataValidation.errorAlert = excel.errorAlert;
  if (excel.prompt) range.dataValidation.prompt = excel.prompt;
};

/** Formats one table column's cells: after the values, as Excel prefers, and one operation per property. */
const formatColumn = async (
  batch: PayloadBatch,
  ws: Excel.Worksheet,
  table: { top: number; left: number; rows: number },
  spec: ColumnSpec,
  index: number
): Promise<void> => {
  const body = ws.getRangeByIndexes(table.top + 1, table.left + index, table.rows, 1);
  await batch.reserve(0, 8);
  ws.getRangeByIndexes(0, table.left + index, 1, 1).format.columnWidth = toPoints(spec.width);
  body.format.verticalAlignment = "Top";
  body.format.wrapText = spec.wrap === true;
  if (spec.role === "entry") {
    body.format.fill.color = ENTRY_FILL;
    body.format.protection.locked = false;
  }
  if (spec.role === "computed") body.format.fill.color = COMPUTED_FILL;
  if (spec.numFmt) {
    const formats = Array.from({ length: table.rows }, () => [spec.numFmt as string]);
    await batch.reserve(jsonBytes(formats), 1);
    body.numberFormat = formats;
  }
  if (spec.validation) await setValidation(batch, body, spec.validation);
};

const writeTable = async (
  batch: PayloadBatch,
  ws: Excel.Worksheet,
  spec: TableSpec
): Promise<void> => {
  const at = parseA1(spec.ref.split(":")[0] ?? "A1");
  const columns = spec.columns.length;
  await writeRows(batch, ws, at.top, at.left, [spec.columns.map((c) => c.header), ...spec.rows]);
  await batch.reserve(jsonBytes(spec.name) + 64, 7);
  const ref = a1Range(at.top, at.left, at.top + spec.rows.length, at.left + columns - 1);
  const table = ws.tables.add(ref, true);
  table.name = spec.name;
  table.style = TABLE_STYLE;
  table.showBandedRows = true;
  const header = ws.getRangeByIndexes(at.top, at.left, 1, columns);
  header.format.verticalAlignment = "Top";
  header.format.wrapText = true;
  const place = { top: at.top, left: at.left, rows: spec.rows.length };
  for (let i = 0; i < columns; i++)
    await formatColumn(batch, ws, place, spec.columns[i] as ColumnSpec, i);
  await queueRowHeights(batch, ws, at.top + 1, at.left, spec.rowHeights ?? []);
};

/**
 * Sets row heights as the .xlsx adapter does: one operation per height (through Worksheet.getRanges, as the
 * validations), not one per row, so that a sheet of 10,000 rows of varied heights takes no more round trips
 * than a sheet of ten.
 */
const queueRowHeights = async (
  batch: PayloadBatch,
  ws: Excel.Worksheet,
  top: number,
  left: number,
  heights: readonly number[]
): Promise<void> => {
  const rowsByHeight = new Map<number, number[]>();
  heights.forEach((height, i) => {
    const rows = rowsByHeight.get(height) ?? [];
    rows.push(top + i);
    rowsByHeight.set(height, rows);
  });
  for (const [height, rows] of rowsByHeight)
    for (const address of areasAddresses(rowRuns(rows, left, 1))) {
      await batch.reserve(address.length, 2);
      ws.getRanges(address).format.rowHeight = height;
    }
};

/**
 * The sheet's own validations grouped by rule: each group's blocks (runs of consecutive rows merged) as
 * comma-separated addresses for Worksheet.getRanges, so that a rule is set once per few hundred rows instead
 * of once per row.
 */
export const groupValidations = (
  validations: readonly RangeValidation[]
): { addresses: string[]; rule: ValidationRule }[] => {
  const groups = new Map<string, { rule: ValidationRule; blocks: Block[] }>();
  for (const v of validations) {
    const key = JSON.stringify(v.rule);
    const group = groups.get(key) ?? { rule: v.rule, blocks: [] };
    groups.set(key, group);
    const block = parseA1(v.range);
    const last = group.blocks[group.blocks.length - 1];
    if (
      last &&
      last.left === block.left &&
      last.columns === block.columns &&
      last.top + last.rows === block.top
    )
      group.blocks[group.blocks.length - 1] = { ...last, rows: last.rows + block.rows };
    else group.blocks.push(block);
  }
  return [...groups.values()].map(({ rule, blocks }) => ({
    addresses: areasAddresses(blocks),
    rule,
  }));
};

/**
 * Queues one sheet as its spec describes it, on a sheet just added: values as 2-D arrays over whole ranges,
 * tables over the filled ranges, then formats, validations and the sheet's own settings. Protection is left
 * to the caller, to come last.
 */
export const queueSheet = async (
  batch: PayloadBatch,
  ws: Excel.Worksheet,
  spec: SheetSpec
): Promise<void> => {
  for (const cell of spec.cells) {
    const at = parseA1(cell.address);
    await writeRows(batch, ws, at.top, at.left, [[cell.value]]);
  }
  for (const table of spec.tables) await writeTable(batch, ws, table);
  for (const [i, width] of spec.columnWidths.entries()) {
    await batch.reserve(0, 2);
    ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = toPoints(width);
  }
  for (const cell of spec.cells) {
    if (cell.style === "plain") continue;
    const font = TEXT_FONTS[cell.style];
    const range = ws.getRange(cell.address);
    await batch.reserve(64, 7);
    range.format.font.size = font.size;
    if (font.bold) range.format.font.bold = true;
    if (font.italic) range.format.font.italic = true;
    if (font.color) range.format.font.color = font.color;
    // As the .xlsx adapter: body text wraps; a title, heading or note runs on over the empty cells to its right.
    range.format.wrapText = cell.style === "body";
    range.format.verticalAlignment = "Top";
  }
  for (const group of groupValidations(spec.validations)) {
    for (const address of group.addresses) {
      await batch.reserve(address.length, 1);
      await setValidation(batch, ws.getRanges(address), group.rule);
    }
  }
  for (const range of spec.entryRanges ?? []) {
    await batch.reserve(range.length, 3);
    const cells = ws.getRange(range);
    cells.format.fill.color = ENTRY_FILL;
    cells.format.protection.locked = false;
  }
  for (const grid of spec.grids ?? []) await queueGrid(batch, ws, grid);
  if (spec.print) await queuePrint(batch, ws, spec.print);
  for (const bar of spec.dataBars ?? []) await queueDataBar(batch, ws, bar);
  for (const chart of spec.charts ?? []) await queueChart(batch, ws, chart);
  await batch.reserve(64, 4);
  if (spec.freeze && spec.freeze.rows > 0 && spec.freeze.columns > 0)
    ws.freezePanes.freezeAt(a1Range(0, 0, spec.freeze.rows - 1, spec.freeze.columns - 1));
  else if (spec.freeze && spec.freeze.rows > 0) ws.freezePanes.freezeRows(spec.freeze.rows);
  else if (spec.freeze && spec.freeze.columns > 0)
    ws.freezePanes.freezeColumns(spec.freeze.columns);
  if (spec.tabColor) ws.tabColor = toHexColor(spec.tabColor);
  // Excel's JavaScript API has no sheet direction (Worksheet has no right-to-left property, in any API set): a
  // right-to-left sheet's cells read right to left instead (RangeFormat.readingOrder, ExcelApi 1.9), and the
  // officer turns the columns with Page Layout > Sheet Right-to-Left (docs/office-adapter.md).
  if (spec.rightToLeft) ws.getRange().format.readingOrder = "RightToLeft";
  if (spec.visibility !== "visible") ws.visibility = VISIBILITY[spec.visibility];
};

export { MAX_AREAS_ADDRESS } from "./areas-addresses";

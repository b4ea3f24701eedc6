import {
  a1Range,
  CellValue,
  ColumnSpec,
  RangeValidation,
  SheetSpec,
  TableSpec,
  ValidationRule,
} from "../../core/layout";
import { parseA1 } from "./a1-block";
import { toExcelInput } from "./excel-values";
import { jsonBytes, PayloadBatch } from "./payload-batch";
import {
  COMPUTED_FILL,
  ENTRY_FILL,
  TABLE_STYLE,
  TEXT_FONTS,
  toHexColor,
  toPoints,
} from "./sheet-styles";
import { toExcelValidation } from "./validation-rule";

const VISIBILITY: Readonly<Record<SheetSpec["visibility"], "Visible" | "Hidden" | "VeryHidden">> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** Writes a 2-D block of values in as few operations as fit the budget: whole rows per piece. */
const writeRows = async (
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

const setValidation = async (
  batch: PayloadBatch,
  range: Excel.Range,
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
};

/** Rows in a run with the same rule over the same columns become one range: the same validation, fewer operations. */
const mergeRuns = (
  validations: readonly RangeValidation[]
): { block: ReturnType<typeof parseA1>; rule: ValidationRule }[] => {
  const runs: { block: ReturnType<typeof parseA1>; rule: ValidationRule; key: string }[] = [];
  for (const v of validations) {
    const block = parseA1(v.range);
    const key = JSON.stringify(v.rule);
    const last = runs[runs.length - 1];
    if (
      last &&
      last.key === key &&
      last.block.left === block.left &&
      last.block.columns === block.columns &&
      last.block.top + last.block.rows === block.top
    ) {
      runs[runs.length - 1] = {
        ...last,
        block: { ...last.block, rows: last.block.rows + block.rows },
      };
    } else runs.push({ block, rule: v.rule, key });
  }
  return runs;
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
    const font = TEXT_FONTS[cell.style];
    const range = ws.getRange(cell.address);
    await batch.reserve(64, 7);
    range.format.font.size = font.size;
    if (font.bold) range.format.font.bold = true;
    if (font.italic) range.format.font.italic = true;
    if (font.color) range.format.font.color = font.color;
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top";
  }
  for (const run of mergeRuns(spec.validations)) {
    const b = run.block;
    await batch.reserve(0, 1);
    await setValidation(batch, ws.getRangeByIndexes(b.top, b.left, b.rows, b.columns), run.rule);
  }
  await batch.reserve(64, 4);
  if (spec.freeze && spec.freeze.rows > 0 && spec.freeze.columns > 0)
    ws.freezePanes.freezeAt(a1Range(0, 0, spec.freeze.rows - 1, spec.freeze.columns - 1));
  else if (spec.freeze && spec.freeze.rows > 0) ws.freezePanes.freezeRows(spec.freeze.rows);
  else if (spec.freeze && spec.freeze.columns > 0)
    ws.freezePanes.freezeColumns(spec.freeze.columns);
  if (spec.tabColor) ws.tabColor = toHexColor(spec.tabColor);
  if (spec.visibility !== "visible") ws.visibility = VISIBILITY[spec.visibility];
};

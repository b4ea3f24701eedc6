import type ExcelJS from "exceljs";
import { loadExcelJs, loadJsZip } from "./lazy-modules";
import { shareColumnFormulas } from "./share-formulas";
import { dataValidationXml, insertDataValidations, validationAreas } from "./validation-areas";
import type {
  CellValue,
  ColumnSpec,
  DataBarSpec,
  GridSpec,
  PrintSpec,
  SheetSpec,
  ValidationRule,
  WorkbookSpec,
} from "../../core/layout";
import { PALETTE, TABLE_STYLE, TEXT_LOOKS, TextLook } from "../../core/format";

/** A solid fill of a palette colour (ARGB). */
const solidFill = (argb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb },
});
const ENTRY_FILL = solidFill(PALETTE.entry);
const COMPUTED_FILL = solidFill(PALETTE.computed);
const HEADER_FILL = solidFill(PALETTE.header);
const GROUP_FILL = solidFill(PALETTE.group);
const FLAG_FILL = solidFill(PALETTE.flag);
const font = (look: TextLook): Partial<ExcelJS.Font> => ({
  ...(look.bold ? { bold: true } : {}),
  ...(look.italic ? { italic: true } : {}),
  size: look.size,
  ...(look.color ? { color: { argb: look.color } } : {}),
});
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: PALETTE.rule } };
const ALL_BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const PAPER_SIZES: Readonly<Record<PrintSpec["paperSize"], number>> = { Letter: 1, A4: 9 };

/** ExcelJS has range-wide data validation at run time (worksheet.dataValidations) but not in its typings. */
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}
const addValidation = (ws: ExcelJS.Worksheet, range: string, rule: ValidationRule): void =>
  (ws as unknown as RangeValidations).dataValidations.add(range, toDataValidation(rule));

const toExcelValue = (value: CellValue): ExcelJS.CellValue =>
  typeof value === "object" && value !== null ? { formula: value.formula, date1904: false } : value;

const toDataValidation = (rule: ValidationRule): ExcelJS.DataValidation => {
  const prompt = rule.prompt ? { showInputMessage: true, prompt: rule.prompt } : {};
  switch (rule.kind) {
    case "list":
      return {
        type: "list",
        allowBlank: true,
        formulae: [`"${rule.values.join(",")}"`],
        showErrorMessage: true,
        ...prompt,
      };
    case "listRange":
      return {
        type: "list",
        allowBlank: true,
        formulae: [rule.source],
        showErrorMessage: true,
        ...prompt,
      };
    case "decimal":
    case "whole": {
      const { min, max } = rule;
      const bounds =
        min !== undefined && max !== undefined
          ? { operator: "between" as const, formulae: [min, max] }
          : min !== undefined
            ? { operator: "greaterThanOrEqual" as const, formulae: [min] }
            : max !== undefined
              ? { operator: "lessThanOrEqual" as const, formulae: [max] }
              : { operator: "between" as const, formulae: [-1e307, 1e307] };
      return {
        type: rule.kind,
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "Not a valid value",
        error:
          rule.kind === "whole"
            ? "Type a whole number."
            : "Type a number, without units or % sign.",
        ...bounds,
        ...prompt,
      };
    }
  }
};

const styleColumnCells = (
  ws: ExcelJS.Worksheet,
  spec: ColumnSpec,
  columnNumber: number,
  firstRow: number,
  lastRow: number
): void => {
  for (let r = firstRow; r <= lastRow; r++) {
    const cell = ws.getCell(r, columnNumber);
    cell.protection = { locked: spec.role !== "entry" };
    if (spec.role === "entry") cell.fill = ENTRY_FILL;
    if (spec.role === "computed") cell.fill = COMPUTED_FILL;
    cell.alignment = { vertical: "top", wrapText: spec.wrap === true };
    if (spec.numFmt) cell.numFmt = spec.numFmt;
  }
};

const columnRange = (
  ws: ExcelJS.Worksheet,
  columnNumber: number,
  firstRow: number,
  lastRow: number
): string =>
  `${ws.getColumn(columnNumber).letter}${firstRow}:${ws.getColumn(columnNumber).letter}${lastRow}`;

/** Writes a grid of plain cells: values, then per cell its alignment, borders, and header, group or flag look. */
const writeGrid = (ws: ExcelJS.Worksheet, grid: GridSpec): void => {
  const origin = ws.getCell(grid.at);
  const top = Number(origin.row);
  const left = Number(origin.col);
  const groups = new Set(grid.groupRows ?? []);
  const totals = new Set(grid.totalRows ?? []);
  grid.rows.forEach((row, r) => {
    const header = r < grid.headerRows;
    const height = grid.rowHeights?.[r];
    if (height !== undefined) ws.getRow(top + r).height = height;
    row.forEach((value, c) => {
      const cell = ws.getCell(top + r, left + c);
      cell.value = toExcelValue(value);
      const numFmt = grid.numberFormats?.[r]?.[c];
      if (numFmt) cell.numFmt = numFmt;
      cell.alignment = {
        vertical: header ? "middle" : "top",
        horizontal: grid.align?.[c] ?? "left",
        wrapText: true,
      };
      if (grid.borders === "all")
        cell.border = totals.has(r)
          ? { ...ALL_BORDERS, top: { style: "medium", color: { argb: PALETTE.totalRule } } }
          : ALL_BORDERS;
      if (header) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      } else if (groups.has(r)) {
        cell.font = { bold: true };
        cell.fill = GROUP_FILL;
      } else if (totals.has(r)) {
        cell.font = { bold: true };
      }
    });
  });
  for (const address of grid.flagCells ?? []) {
    const cell = ws.getCell(address);
    cell.fill = FLAG_FILL;
    cell.font = { bold: true, color: { argb: PALETTE.flagText } };
  }
};

/** Excel's header and footer codes start with "&": a literal ampersand is written twice. */
const footerText = (text: string): string => text.replace(/&/g, "&&");

const setPrint = (ws: ExcelJS.Worksheet, print: PrintSpec): void => {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    paperSize: PAPER_SIZES[print.paperSize] as ExcelJS.PageSetup["paperSize"],
    ...(print.fitToWidth
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: print.onePage ? 1 : 0 }
      : {}),
    ...(print.titleRows
      ? { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` }
      : {}),
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
  const left = print.footerLeft ? `&L${footerText(print.footerLeft)}` : "";
  const right = print.pageNumbers ? "&RPage &P of &N" : "";
  if (left || right) ws.headerFooter = { ...ws.headerFooter, oddFooter: `${left}${right}` };
  if (print.headerRight)
    ws.headerFooter = { ...ws.headerFooter, oddHeader: `&R${footerText(print.headerRight)}` };
};

/** ExcelJS writes data bars at run time with a colour its typings leave out. */
const addDataBar = (ws: ExcelJS.Worksheet, bar: DataBarSpec, priority: number): void =>
  ws.addConditionalFormatting({
    ref: bar.range,
    rules: [
      {
        type: "dataBar",
        priority,
        gradient: false,
        cfvo: [{ type: "num", value: 0 }, { type: "max" }],
        color: { argb: bar.color },
      } as ExcelJS.DataBarRuleType,
    ],
  });

/**
 * Where addSheet leaves a sheet's own validations for writeXlsx to write into the package itself, one
 * `<dataValidation>` per rule over all its areas: ExcelJS keeps a validation per cell and writes one element
 * per rectangle, which on a KPI sheet is one per row (its Range keys cannot hold a list of areas).
 */
export type DeferredValidations = Map<number, string[]>;

/**
 * Adds one sheet, as the spec describes it, to an ExcelJS workbook. With `deferred`, the sheet's own
 * validations are left there as XML, keyed by the worksheet's id, for writeXlsx to put into the written part.
 */
export const addSheet = async (
  wb: ExcelJS.Workbook,
  spec: SheetSpec,
  deferred?: DeferredValidations
): Promise<void> => {
  const ws = wb.addWorksheet(spec.name, {
    state: spec.visibility,
    properties: spec.tabColor ? { tabColor: { argb: spec.tabColor } } : {},
    views: spec.freeze
      ? [
          {
            state: "frozen",
            xSplit: spec.freeze.columns,
            ySplit: spec.freeze.rows,
            ...(spec.rightToLeft ? { rightToLeft: true } : {}),
          },
        ]
      : spec.rightToLeft
        ? [{ rightToLeft: true }]
        : [],
  });
  spec.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));

  for (const cell of spec.cells) {
    const target = ws.getCell(cell.address);
    target.value = toExcelValue(cell.value);
    if (cell.style === "plain") continue;
    target.font = font(TEXT_LOOKS[cell.style]);
    // Body text wraps; a title, heading or note is one line that runs on over the empty cells to its right,
    // rather than wrapping into a row too short for it when the first column is narrow.
    target.alignment = { wrapText: cell.style === "body", vertical: "top" };
  }

  for (const table of spec.tables) {
    const [topLeft] = table.ref.split(":");
    const origin = ws.getCell(topLeft ?? "A1");
    ws.addTable({
      name: table.name,
      ref: topLeft ?? "A1",
      headerRow: true,
      style: { theme: TABLE_STYLE, showRowStripes: true },
      columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: shareColumnFormulas(table.rows, Number(origin.row), Number(origin.col) - 1),
    });
    const firstRow = Number(origin.row) + 1;
    const lastRow = Number(origin.row) + table.rows.length;
    table.rowHeights?.forEach((height, i) => (ws.getRow(firstRow + i).height = height));
    table.columns.forEach((columnSpec, i) => {
      const columnNumber = Number(origin.col) + i;
      ws.getColumn(columnNumber).width = columnSpec.width;
      ws.getCell(Number(origin.row), columnNumber).alignment = { vertical: "top", wrapText: true };
      styleColumnCells(ws, columnSpec, columnNumber, firstRow, lastRow);
      if (columnSpec.validation) {
        addValidation(ws, columnRange(ws, columnNumber, firstRow, lastRow), columnSpec.validation);
      }
    });
  }

  if (deferred && spec.validations.length > 0)
    deferred.set(
      ws.id,
      validationAreas(spec.validations).map((v) =>
        dataValidationXml(toDataValidation(v.rule), v.sqref)
      )
    );
  else
    for (const validation of spec.validations) addValidation(ws, validation.range, validation.rule);

  for (const range of spec.entryRanges ?? []) {
    const [from, to] = range.split(":");
    const first = ws.getCell(from ?? "A1");
    const last = ws.getCell(to ?? from ?? "A1");
    for (let r = Number(first.row); r <= Number(last.row); r++)
      for (let c = Number(first.col); c <= Number(last.col); c++) {
        const cell = ws.getCell(r, c);
        cell.protection = { locked: false };
        cell.fill = ENTRY_FILL;
      }
  }

  for (const grid of spec.grids ?? []) writeGrid(ws, grid);
  if (spec.print) setPrint(ws, spec.print);
  (spec.dataBars ?? []).forEach((bar, i) => addDataBar(ws, bar, i + 1));
  // spec.charts: ExcelJS cannot write charts (it has no chart part), and we do not fake one with an image.
  // The file keeps what the chart would draw, the cells of its data range, and the data bars.

  if (spec.protect) {
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      sort: true,
      autoFilter: true,
    });
  }
};

/** Writes a WorkbookSpec as .xlsx bytes (Node or browser). Formulas are written without cached results: Excel and LibreOffice compute them on open. */
export const writeXlsx = async (spec: WorkbookSpec): Promise<Uint8Array> => {
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = "KPI Reporter";
  wb.title = spec.properties.title;
  wb.subject = spec.properties.subject;
  wb.calcProperties.fullCalcOnLoad = true;
  const deferred: DeferredValidations = new Map();
  for (const sheet of spec.sheets) await addSheet(wb, sheet, deferred);
  const buffer = await wb.xlsx.writeBuffer();
  return withValidations(new Uint8Array(buffer as ArrayBuffer), deferred);
};

/** The package with each deferred sheet's validations written into its part (ExcelJS names it by the sheet's id). */
export const withValidations = async (
  bytes: Uint8Array,
  deferred: DeferredValidations
): Promise<Uint8Array> => {
  if (deferred.size === 0) return bytes;
  const zip = await (await loadJsZip()).loadAsync(bytes);
  for (const [id, elements] of deferred) {
    const name = `xl/worksheets/sheet${id}.xml`;
    const part = zip.file(name);
    if (!part) throw new Error(`ExcelJS wrote no ${name}`);
    zip.file(name, insertDataValidations(await part.async("string"), elements));
  }
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
};

import { blockName, CellBlock, cellName, sheetPrefix } from "./cell-address";
import { FakeClientObject, Resolver } from "./client-object";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import { FakeDataValidation } from "./data-validation";
import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError } from "./office-error";
import { FakeRangeFormat } from "./range-format";
import { assertShape, forEachCell, liveSheet, RangeTarget } from "./range-target";
import { assertChangeAllowed } from "./sheet-protection";
import { typedInput } from "./typed-input";
import { cellKey, formatAt } from "./workbook-state";

/** Excel.Range: a block of cells; values, formulas and number formats as 2-D arrays of the block's size. */
export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly scalarNames = [
    "address",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "values",
    "formulas",
    "numberFormat",
  ];

  constructor(context: FakeRequestContext, resolve: Resolver<RangeTarget>) {
    super(context, resolve);
  }

  protected readScalar(name: string, { sheet, block }: RangeTarget): unknown {
    liveSheet(sheet);
    switch (name) {
      case "address":
        return `${sheetPrefix(sheet.name)}!${blockName(block)}`;
      case "rowCount":
        return block.rows;
      case "columnCount":
        return block.columns;
      case "rowIndex":
        return block.top;
      case "columnIndex":
        return block.left;
      case "values":
        return this.grid(block, (r, c) => {
          const content = sheet.cells.get(cellKey(r, c));
          if (!content) return "";
          return content.formula !== undefined
            ? this.context.options.calculate(content.formula, sheet.name, cellName(r, c))
            : content.value;
        });
      case "formulas":
        return this.grid(block, (r, c) => {
          const content = sheet.cells.get(cellKey(r, c));
          if (!content) return "";
          return content.formula !== undefined ? `=${content.formula}` : content.value;
        });
      case "numberFormat":
        return this.grid(block, (r, c) => formatAt(sheet, r, c).numberFormat ?? "General");
      default:
        throw new FakeOfficeError("InvalidArgument", name);
    }
  }

  private grid(block: CellBlock, at: (row: number, column: number) => unknown): unknown[][] {
    const out: unknown[][] = [];
    for (let i = 0; i < block.rows; i++) {
      const row: unknown[] = [];
      for (let j = 0; j < block.columns; j++) row.push(at(block.top + i, block.left + j));
      out.push(row);
    }
    return out;
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "format"
      ? this.format
      : name === "dataValidation"
        ? this.dataValidation
        : name === "conditionalFormats"
          ? this.conditionalFormats
          : undefined;
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(input: unknown[][]) {
    this.queueSet("values", input, (t) => this.write(t, input));
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(input: unknown[][]) {
    this.queueSet("formulas", input, (t) => this.write(t, input));
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.queueSet("numberFormat", input, ({ sheet, block }) => {
      const rows = assertShape(block, input);
      assertChangeAllowed(liveSheet(sheet), block, "formatCells");
      const first = rows[0]?.[0];
      if (rows.every((row) => row.every((f) => f === first))) {
        if (first !== null) sheet.formats.push({ block, format: { numberFormat: String(first) } });
        return;
      }
      forEachCell(block, (row, column, i, j) => {
        const f = rows[i]?.[j];
        if (f !== null && f !== undefined)
          sheet.formats.push({
            block: { top: row, left: column, rows: 1, columns: 1 },
            format: { numberFormat: String(f) },
          });
      });
    });
  }

  private write({ sheet, block }: RangeTarget, input: unknown): void {
    const rows = assertShape(block, input);
    liveSheet(sheet);
    const changes: { key: number; content: ReturnType<typeof typedInput> }[] = [];
    forEachCell(block, (row, column, i, j) => {
      const content = typedInput(rows[i]?.[j]);
      if (content === undefined) return;
      assertChangeAllowed(sheet, { top: row, left: column, rows: 1, columns: 1 }, "values");
      changes.push({ key: cellKey(row, column), content });
    });
    for (const { key, content } of changes) {
      if (content === null) sheet.cells.delete(key);
      else if (content !== undefined) sheet.cells.set(key, content);
    }
    this.context.wroteCells(changes.length);
  }

  get format(): FakeRangeFormat {
    return this.navigate("format", () => new FakeRangeFormat(this.context, () => this.target()));
  }
  get dataValidation(): FakeDataValidation {
    return this.navigate(
      "dataValidation",
      () => new FakeDataValidation(this.context, () => [this.target()])
    );
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.navigate(
      "conditionalFormats",
      () => new FakeConditionalFormatCollection(this.context, () => this.target())
    );
  }

  /** The block this range stands for, while a request is applied (for methods that take a range argument). */
  _targetNow(): RangeTarget {
    return this.target();
  }

  /** Selects the range, activating its sheet, as Excel does; a hidden sheet's cells cannot be selected. */
  select(): void {
    this.queueCall("select", [], ({ sheet, block }) => {
      if (liveSheet(sheet).visibility !== "Visible")
        throw new FakeOfficeError(
          "InvalidOperation",
          `The cells of the hidden sheet ${sheet.name} cannot be selected.`
        );
      this.context.state.activeSheet = sheet;
      this.context.state.selection = { sheet, block };
    });
  }

  /** One row of the range, by 0-based offset (Range.getRow, ExcelApi 1.1). */
  getRow(row: number): FakeRange {
    return this.spawn("getRow", [row], FakeRange, ({ sheet, block }) => {
      if (row < 0 || row >= block.rows)
        throw new FakeOfficeError("InvalidArgument", `Row ${row} is outside the range.`);
      return { sheet, block: { ...block, top: block.top + row, rows: 1 } };
    });
  }

  /** One cell of the range, by 0-based offsets. */
  getCell(row: number, column: number): FakeRange {
    return this.spawn("getCell", [row, column], FakeRange, ({ sheet, block }) => ({
      sheet,
      block: { top: block.top + row, left: block.left + column, rows: 1, columns: 1 },
    }));
  }
}

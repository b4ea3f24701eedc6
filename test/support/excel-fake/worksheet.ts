import { MAX_COLUMNS, MAX_ROWS, parseBlock } from "./cell-address";
import { FakeChartCollection } from "./charts";
import { FakeClientObject, Resolver } from "./client-object";
import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError } from "./office-error";
import { FakePageLayout } from "./page-layout";
import { FakeRange } from "./range";
import { AreasTarget, FakeRangeAreas, parseAreas } from "./range-areas";
import { liveSheet, RangeTarget } from "./range-target";
import { FakeTableCollection } from "./tables";
import type { SheetState } from "./workbook-state";

const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"] as const;

/** Excel.WorksheetProtection: protect() fails on a sheet that is already protected, as the API documents. */
export class FakeWorksheetProtection extends FakeClientObject<SheetState> {
  protected readonly scalarNames = ["protected", "options"];
  protected readScalar(name: string, sheet: SheetState): unknown {
    liveSheet(sheet);
    return name === "protected"
      ? sheet.protection !== null
      : { ...(sheet.protection?.options ?? {}) };
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
  get options(): Record<string, unknown> {
    return this.loadedValue("options");
  }
  /** Protects the sheet, optionally with a password; fails when it is protected already. */
  protect(options?: Record<string, unknown>, password?: string): void {
    this.queueCall("protect", password === undefined ? [options] : [options, "***"], (sheet) => {
      if (liveSheet(sheet).protection)
        throw new FakeOfficeError(
          "InvalidOperation",
          `The sheet ${sheet.name} is already protected.`
        );
      sheet.protection = password
        ? { options: { ...(options ?? {}) }, password }
        : { options: { ...(options ?? {}) } };
    });
  }
  /** Unprotects the sheet; AccessDenied without the right password. */
  unprotect(password?: string): void {
    this.queueCall("unprotect", password === undefined ? [] : ["***"], (sheet) => {
      const current = liveSheet(sheet).protection;
      if (current?.password !== undefined && current.password !== password)
        throw new FakeOfficeError(
          "AccessDenied",
          `The password to unprotect ${sheet.name} is wrong.`
        );
      sheet.protection = null;
    });
  }
}

/** Excel.WorksheetFreezePanes. */
export class FakeWorksheetFreezePanes extends FakeClientObject<SheetState> {
  protected readonly scalarNames: readonly string[] = [];
  protected readScalar(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", name);
  }
  private freeze(
    name: string,
    args: readonly unknown[],
    set: (sheet: SheetState) => SheetState["freeze"]
  ): void {
    this.queueCall(name, args, (sheet) => (liveSheet(sheet).freeze = set(sheet)));
  }
  freezeRows(count = 1): void {
    this.freeze("freezeRows", [count], () => (count > 0 ? { rows: count, columns: 0 } : null));
  }
  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", [count], () => (count > 0 ? { rows: 0, columns: count } : null));
  }
  /** Freezes the rows and columns above and left of the given range's bottom-right corner. */
  freezeAt(address: string): void {
    this.freeze("freezeAt", [address], () => {
      const b = parseBlock(address);
      return { rows: b.top + b.rows, columns: b.left + b.columns };
    });
  }
  unfreeze(): void {
    this.freeze("unfreeze", [], () => null);
  }
  /** The frozen block, or a null object when nothing is frozen. */
  getLocationOrNullObject(): FakeRange {
    return this.spawn(
      "getLocationOrNullObject",
      [],
      FakeRange,
      (sheet): RangeTarget | null =>
        sheet.freeze
          ? {
              sheet,
              block: {
                top: 0,
                left: 0,
                rows: sheet.freeze.rows > 0 ? sheet.freeze.rows : MAX_ROWS,
                columns: sheet.freeze.columns > 0 ? sheet.freeze.columns : MAX_COLUMNS,
              },
            }
          : null,
      { nullable: true }
    );
  }
}

/** Excel.Worksheet. */
export class FakeWorksheet extends FakeClientObject<SheetState> {
  protected readonly scalarNames = ["name", "id", "position", "visibility", "tabColor"];

  constructor(context: FakeRequestContext, resolve: Resolver<SheetState>) {
    super(context, resolve);
  }

  protected readScalar(name: string, sheet: SheetState): unknown {
    liveSheet(sheet);
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return `{${sheet.id}}`;
      case "position":
        return this.context.state.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor;
      default:
        throw new FakeOfficeError("InvalidArgument", name);
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "protection"
      ? this.protection
      : name === "freezePanes"
        ? this.freezePanes
        : name === "tables"
          ? this.tables
          : name === "pageLayout"
            ? this.pageLayout
            : name === "charts"
              ? this.charts
              : undefined;
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(value: string) {
    this.queueSet("name", value, (sheet) => {
      const state = this.context.state;
      checkSheetName(value);
      if (state.sheets.some((s) => s !== sheet && s.name.toLowerCase() === value.toLowerCase()))
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet called ${value} already exists.`);
      liveSheet(sheet).name = value;
    });
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get position(): number {
    return this.loadedValue("position");
  }
  set position(value: number) {
    this.queueSet("position", value, (sheet) => {
      const sheets = this.context.state.sheets;
      if (!(value >= 0 && value < sheets.length))
        throw new FakeOfficeError("InvalidArgument", `position ${value}`);
      sheets.splice(sheets.indexOf(liveSheet(sheet)), 1);
      sheets.splice(value, 0, sheet);
    });
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  set visibility(value: string) {
    this.queueSet("visibility", value, (sheet) => {
      if (!VISIBILITIES.includes(value as (typeof VISIBILITIES)[number]))
        throw new FakeOfficeError("InvalidArgument", `visibility ${value}`);
      const state = this.context.state;
      if (
        value !== "Visible" &&
        !state.sheets.some((s) => s !== sheet && s.visibility === "Visible")
      )
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must keep at least one visible sheet."
        );
      liveSheet(sheet).visibility = value as SheetState["visibility"];
      if (value !== "Visible" && state.activeSheet === sheet)
        state.activeSheet = state.sheets.find((s) => s.visibility === "Visible");
    });
  }
  get tabColor(): string {
    return this.loadedValue("tabColor");
  }
  set tabColor(value: string) {
    this.queueSet("tabColor", value, (sheet) => {
      if (value !== "" && !/^#[0-9A-Fa-f]{6}$/.test(value))
        throw new FakeOfficeError("InvalidArgument", `tabColor ${value}`);
      liveSheet(sheet).tabColor = value.toUpperCase();
    });
  }

  get protection(): FakeWorksheetProtection {
    return this.navigate(
      "protection",
      () => new FakeWorksheetProtection(this.context, () => this.target())
    );
  }
  get freezePanes(): FakeWorksheetFreezePanes {
    return this.navigate(
      "freezePanes",
      () => new FakeWorksheetFreezePanes(this.context, () => this.target())
    );
  }
  get tables(): FakeTableCollection {
    return this.navigate(
      "tables",
      () => new FakeTableCollection(this.context, () => this.target())
    );
  }

  get pageLayout(): FakePageLayout {
    return this.navigate("pageLayout", () => new FakePageLayout(this.context, () => this.target()));
  }
  get charts(): FakeChartCollection {
    return this.navigate(
      "charts",
      () => new FakeChartCollection(this.context, () => this.target())
    );
  }

  /** A range by address on this sheet; the whole sheet without one. */
  getRange(address?: string): FakeRange {
    return this.spawn("getRange", address === undefined ? [] : [address], FakeRange, (sheet) => ({
      sheet: liveSheet(sheet),
      block:
        address === undefined
          ? { top: 0, left: 0, rows: MAX_ROWS, columns: MAX_COLUMNS }
          : parseBlock(address),
    }));
  }

  /** Several ranges of this sheet at once, by their addresses separated by commas (ExcelApi 1.9). */
  getRanges(address: string): FakeRangeAreas {
    return this.spawn("getRanges", [address], FakeRangeAreas, (sheet): AreasTarget => ({
      sheet: liveSheet(sheet),
      blocks: parseAreas(address),
    }));
  }

  /** A range by 0-based row and column and size. */
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    return this.spawn(
      "getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      FakeRange,
      (sheet) => {
        if (
          !(startRow >= 0 && startColumn >= 0 && rowCount >= 1 && columnCount >= 1) ||
          startRow + rowCount > MAX_ROWS ||
          startColumn + columnCount > MAX_COLUMNS
        )
          throw new FakeOfficeError("InvalidArgument", "getRangeByIndexes outside the sheet");
        return {
          sheet: liveSheet(sheet),
          block: { top: startRow, left: startColumn, rows: rowCount, columns: columnCount },
        };
      }
    );
  }

  /** The smallest block holding every non-empty cell; a null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.spawn(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      FakeRange,
      (sheet): RangeTarget | null => {
        let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
        const stride = MAX_COLUMNS;
        const extend = (row: number, column: number): void => {
          top = Math.min(top, row);
          left = Math.min(left, column);
          bottom = Math.max(bottom, row);
          right = Math.max(right, column);
        };
        for (const key of liveSheet(sheet).cells.keys())
          extend(Math.floor(key / stride), key % stride);
        if (!valuesOnly)
          for (const layer of sheet.formats)
            if (layer.block.rows < MAX_ROWS && layer.block.columns < MAX_COLUMNS) {
              extend(layer.block.top, layer.block.left);
              extend(
                layer.block.top + layer.block.rows - 1,
                layer.block.left + layer.block.columns - 1
              );
            }
        return bottom < 0
          ? null
          : { sheet, block: { top, left, rows: bottom - top + 1, columns: right - left + 1 } };
      },
      { nullable: true }
    );
  }

  /** Deletes the sheet (and its tables); the last visible sheet cannot go. */
  delete(): void {
    this.queueCall("delete", [], (sheet) => {
      const state = this.context.state;
      liveSheet(sheet);
      if (
        sheet.visibility === "Visible" &&
        !state.sheets.some((s) => s !== sheet && s.visibility === "Visible")
      )
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must keep at least one visible sheet."
        );
      sheet.deleted = true;
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      for (const t of state.tables.filter((t) => t.sheet === sheet))
        state.tables.splice(state.tables.indexOf(t), 1);
      if (state.activeSheet === sheet)
        state.activeSheet = state.sheets.find((s) => s.visibility === "Visible");
      if (state.selection?.sheet === sheet) state.selection = undefined;
    });
  }

  /** Makes this the active sheet. */
  activate(): void {
    this.queueCall("activate", [], (sheet) => {
      if (liveSheet(sheet).visibility !== "Visible")
        throw new FakeOfficeError(
          "InvalidOperation",
          `The hidden sheet ${sheet.name} cannot be activated.`
        );
      const state = this.context.state;
      state.activeSheet = sheet;
      // Each sheet keeps its own selection in Excel; the fake keeps the active sheet's only.
      if (state.selection?.sheet !== sheet) state.selection = undefined;
    });
  }
}

/** Excel's rule for sheet names: 1-31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export const checkSheetName = (name: string): void => {
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    /^'|'$/.test(name) ||
    name === "History"
  )
    throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid sheet name.`);
};

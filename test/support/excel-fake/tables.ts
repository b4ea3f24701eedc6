import { overlaps, parseBlock } from "./cell-address";
import { FakeClientObject, FakeCollection, Resolver } from "./client-object";
import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError } from "./office-error";
import { FakeRange } from "./range";
import { liveSheet } from "./range-target";
import { assertChangeAllowed } from "./sheet-protection";
import { cellKey, SheetState, TableState, WorkbookState } from "./workbook-state";
import { FakeWorksheet } from "./worksheet";

const liveTable = (state: WorkbookState, table: TableState): TableState => {
  liveSheet(table.sheet);
  if (!state.tables.includes(table))
    throw new FakeOfficeError("ItemNotFound", `Table ${table.name} was deleted.`);
  return table;
};

/**
 * Excel's rule for table names: a letter, _ or \ first, then letters, digits, _ . \, at most 255 characters; not a
 * cell reference in A1 or R1C1 style ("A1", "R1C1", "RC"), nor "R" or "C" alone.
 */
const checkTableName = (state: WorkbookState, name: string, self?: TableState): void => {
  if (
    !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[Rr]\d*[Cc]\d*$/.test(name) ||
    /^[RrCc]$/.test(name)
  )
    throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid table name.`);
  const lower = name.toLowerCase();
  if (
    state.tables.some((t) => t !== self && t.name.toLowerCase() === lower) ||
    state.names.some((n) => n.name.toLowerCase() === lower)
  )
    throw new FakeOfficeError(
      "ItemAlreadyExists",
      `A table or name called ${name} already exists.`
    );
};

/**
 * Makes a table over a block whose first row is the header: as Excel does, header cells become text, blank
 * ones "Column<n>", repeated ones get a number; tables cannot overlap.
 */
export const addTable = (
  state: WorkbookState,
  sheet: SheetState,
  address: string,
  hasHeaders: boolean
): TableState => {
  liveSheet(sheet);
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    const named = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    const found = state.sheets.find(
      (s) => !s.deleted && s.name.toLowerCase() === named.toLowerCase()
    );
    if (!found) throw new FakeOfficeError("ItemNotFound", `No sheet ${named}.`);
    sheet = found;
  }
  const block = parseBlock(bang >= 0 ? address.slice(bang + 1) : address);
  assertChangeAllowed(sheet, block, "structure");
  if (!hasHeaders)
    throw new FakeOfficeError(
      "InvalidArgument",
      "the fake models tables added over a range with headers only"
    );
  if (block.rows < 2)
    throw new FakeOfficeError("InvalidArgument", "A table needs a header row and a data row.");
  if (state.tables.some((t) => t.sheet === sheet && overlaps(t.block, block)))
    throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
  const seen = new Set<string>();
  for (let j = 0; j < block.columns; j++) {
    const key = cellKey(block.top, block.left + j);
    const content = sheet.cells.get(key);
    let header =
      content === undefined
        ? `Column${j + 1}`
        : String(content.formula === undefined ? content.value : "");
    if (header.trim() === "") header = `Column${j + 1}`;
    const base = header;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base}${n}`;
    seen.add(header.toLowerCase());
    sheet.cells.set(key, { value: header });
  }
  let n = state.tables.length + 1;
  while (state.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
  const table: TableState = {
    id: state.nextId++,
    name: `Table${n}`,
    sheet,
    block,
    style: "TableStyleMedium2",
    showBandedRows: true,
  };
  state.tables.push(table);
  return table;
};

/** Excel.TableColumn: a column's header name and index. */
export class FakeTableColumn extends FakeClientObject<{ table: TableState; index: number }> {
  protected readonly scalarNames = ["name", "index"];
  protected readScalar(name: string, t: { table: TableState; index: number }): unknown {
    liveTable(this.context.state, t.table);
    if (name === "index") return t.index;
    const content = t.table.sheet.cells.get(
      cellKey(t.table.block.top, t.table.block.left + t.index)
    );
    return content ? String(content.value) : "";
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get index(): number {
    return this.loadedValue("index");
  }
}

/** Excel.TableColumnCollection. */
export class FakeTableColumnCollection extends FakeCollection<
  FakeTableColumn,
  { table: TableState; index: number }
> {
  protected makeItem(resolve: Resolver<{ table: TableState; index: number }>): FakeTableColumn {
    return new FakeTableColumn(this.context, resolve);
  }
}

/** Excel.Table: its name and style, its ranges (whole, header row, data body) and columns. */
export class FakeTable extends FakeClientObject<TableState> {
  protected readonly scalarNames = ["name", "id", "style", "showBandedRows"];

  constructor(context: FakeRequestContext, resolve: Resolver<TableState>) {
    super(context, resolve);
  }

  protected readScalar(name: string, t: TableState): unknown {
    liveTable(this.context.state, t);
    switch (name) {
      case "name":
        return t.name;
      case "id":
        return String(t.id);
      case "style":
        return t.style;
      case "showBandedRows":
        return t.showBandedRows;
      default:
        throw new FakeOfficeError("InvalidArgument", name);
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "worksheet" ? this.worksheet : name === "columns" ? this.columns : undefined;
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(value: string) {
    this.queueSet("name", value, (t) => {
      checkTableName(this.context.state, value, liveTable(this.context.state, t));
      t.name = value;
    });
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get style(): string {
    return this.loadedValue("style");
  }
  set style(value: string) {
    this.queueSet("style", value, (t) => (liveTable(this.context.state, t).style = value));
  }
  get showBandedRows(): boolean {
    return this.loadedValue("showBandedRows");
  }
  set showBandedRows(value: boolean) {
    this.queueSet(
      "showBandedRows",
      value,
      (t) => (liveTable(this.context.state, t).showBandedRows = value)
    );
  }

  get worksheet(): FakeWorksheet {
    return this.navigate(
      "worksheet",
      () => new FakeWorksheet(this.context, () => this.target().sheet)
    );
  }
  get columns(): FakeTableColumnCollection {
    return this.navigate(
      "columns",
      () =>
        new FakeTableColumnCollection(this.context, () => {
          const t = this.target();
          return Array.from({ length: t.block.columns }, (_, index) => ({ table: t, index }));
        })
    );
  }

  private part(name: string, rows: (t: TableState) => { top: number; rows: number }): FakeRange {
    return this.spawn(name, [], FakeRange, (t) => {
      liveTable(this.context.state, t);
      const r = rows(t);
      return {
        sheet: t.sheet,
        block: { top: r.top, left: t.block.left, rows: r.rows, columns: t.block.columns },
      };
    });
  }
  getRange(): FakeRange {
    return this.part("getRange", (t) => ({ top: t.block.top, rows: t.block.rows }));
  }
  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", (t) => ({ top: t.block.top, rows: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", (t) => ({ top: t.block.top + 1, rows: t.block.rows - 1 }));
  }
  /** Removes the table, leaving its cells. */
  delete(): void {
    this.queueCall("delete", [], (t) => {
      const state = this.context.state;
      assertChangeAllowed(liveTable(state, t).sheet, t.block, "structure");
      state.tables.splice(state.tables.indexOf(t), 1);
    });
  }
}

/** Excel.TableCollection, of the workbook or of one sheet. */
export class FakeTableCollection extends FakeCollection<FakeTable, TableState> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: Resolver<SheetState> | undefined
  ) {
    super(context, () => {
      const only = sheet?.();
      if (only === null) return null;
      return context.state.tables.filter(
        (t) => !t.sheet.deleted && (only === undefined || t.sheet === only)
      );
    });
  }

  protected makeItem(resolve: Resolver<TableState>): FakeTable {
    return new FakeTable(this.context, resolve);
  }

  /** Makes a table over an address whose first row holds the headers (never rows.add). */
  add(address: string, hasHeaders: boolean): FakeTable {
    return this.spawn("add", [address, hasHeaders], FakeTable, () => {
      const state = this.context.state;
      const own = this.sheet?.();
      const sheet = own ?? state.activeSheet;
      if (!sheet && address.indexOf("!") < 0) throw new FakeOfficeError("InvalidArgument", address);
      return addTable(state, (sheet ?? state.sheets[0]) as SheetState, address, hasHeaders);
    });
  }

  getItem(name: string): FakeTable {
    return this.spawn("getItem", [name], FakeTable, (tables) => this.find(tables, name));
  }
  getItemOrNullObject(name: string): FakeTable {
    return this.spawn(
      "getItemOrNullObject",
      [name],
      FakeTable,
      (tables) => this.find(tables, name),
      { nullable: true }
    );
  }
  private find(tables: readonly TableState[], name: string): TableState | null {
    return tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
}

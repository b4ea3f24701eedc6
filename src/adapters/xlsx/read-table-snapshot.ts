import {
  WORKBOOK_LIMITS,
  type CellData,
  type Snapshot,
  type SnapshotCell,
  type SnapshotSheet,
  type SnapshotTable,
} from "../../core/snapshot";
import { a1, columnLetter, decodeCell, decodeRange } from "../../core/format";
import { tagCounter } from "./check-xlsx-package";
import { resolvePartTarget, relationshipsPartOf } from "./part-path";
import { compileShift, type MovableFormula } from "./shift-formula";
import { attributesOf, scanXml, XmlCursor } from "./xml-cursor";
import { notStreamable, XlsxPackage } from "./xlsx-package";

interface Relationship {
  readonly type: string;
  readonly part: string | undefined;
}

/** A part's relationships by id, targets resolved (relative or absolute, as any tool writes them). */
const relationships = (pkg: XlsxPackage, source: string): Map<string, Relationship> => {
  const rels = new Map<string, Relationship>();
  const part = relationshipsPartOf(source);
  if (!pkg.has(part)) return rels;
  scanXml(pkg.text(part), {
    open(name, attributes) {
      if (name !== "Relationship") return;
      const a = attributesOf(attributes);
      const external = a.TargetMode === "External";
      rels.set(a.Id ?? "", {
        type: a.Type ?? "",
        part: a.Target === undefined || external ? undefined : resolvePartTarget(source, a.Target),
      });
    },
    close() {},
    text() {},
  });
  return rels;
};

/** ExcelJS's test for a date format (utils.isDateFmt), so that a number reads as a date exactly when it does. */
const isDateFormat = (format: string | undefined): boolean =>
  format !== undefined &&
  /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

/** The built-in number formats ExcelJS knows by id (its defaultnumformats), the ones with a date in them. */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Which cell styles (`s`) show a number as a date, from xl/styles.xml. */
const dateStyles = (pkg: XlsxPackage): ReadonlySet<number> => {
  const dates = new Set<number>();
  if (!pkg.has("xl/styles.xml")) return dates;
  const formats = new Map<number, string>();
  let inCellXfs = false;
  let index = 0;
  scanXml(pkg.text("xl/styles.xml"), {
    open(name, attributes) {
      if (name === "numFmt") {
        const a = attributesOf(attributes);
        formats.set(Number(a.numFmtId), a.formatCode ?? "");
      } else if (name === "cellXfs") inCellXfs = true;
      else if (inCellXfs && name === "xf") {
        const id = parseInt(attributesOf(attributes).numFmtId ?? "", 10);
        if (id && (formats.has(id) ? isDateFormat(formats.get(id)) : BUILT_IN_DATES.has(id)))
          dates.add(index);
        index++;
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return dates;
};

/** The shared strings' texts (rich text runs joined), by index. */
const sharedStrings = (pkg: XlsxPackage, part: string | undefined): string[] => {
  if (part === undefined) {
    if (pkg.has("xl/sharedStrings.xml")) notStreamable("shared strings not related");
    return [];
  }
  if (part !== "xl/sharedStrings.xml") notStreamable("shared strings part name");
  if (!pkg.has(part)) return [];
  const strings: string[] = [];
  let item: string | undefined;
  let inT = false;
  let plain = false;
  let runs = false;
  scanXml(pkg.text(part), {
    open(name) {
      if (name === "si") {
        item = "";
        plain = false;
        runs = false;
      } else if (name === "t") inT = true;
      else if (name === "r") runs = true;
      else if (name === "rPh" || name === "phoneticPr") notStreamable("phonetic text");
    },
    close(name) {
      if (name === "t") {
        inT = false;
        if (!runs) plain = true;
      } else if (name === "si") {
        if (plain && runs) notStreamable("shared string mixes text and runs");
        if (item === undefined || item.length > WORKBOOK_LIMITS.cellChars)
          notStreamable("shared string past the cell limit");
        strings.push(item ?? "");
        item = undefined;
      }
    },
    text(text) {
      if (inT && item !== undefined) item += text;
    },
  });
  return strings;
};

/** ExcelJS's own xmlDecode, applied a second time to `t="str"` text: kept so that both readers agree. */
const xmlDecodeAgain = (text: string): string =>
  text.replace(/&([a-z]*);/g, (c) => {
    const named: Record<string, string> = {
      "&lt;": "<",
      "&gt;": ">",
      "&amp;": "&",
      "&apos;": "'",
      "&quot;": '"',
    };
    return named[c] ?? c;
  });

interface TablePart {
  readonly name: string;
  readonly ref: string;
}

const tablePart = (pkg: XlsxPackage, part: string): TablePart => {
  if (!/^xl\/tables\/table\d+\.xml$/.test(part) || !pkg.has(part)) notStreamable("table part");
  let table: TablePart | undefined;
  scanXml(pkg.text(part), {
    open(name, attributes) {
      if (name !== "table" || table) return;
      const a = attributesOf(attributes);
      if (a.name === undefined || a.ref === undefined || /^\d+$/.test(a.name))
        notStreamable("table without name or range");
      table = { name: a.name ?? "", ref: a.ref ?? "" };
    },
    close() {},
    text() {},
  });
  return table ?? notStreamable("table part without a table");
};

/** A shared formula's master cell: its formula compiled for moving, and where it stands (both 1-based). */
interface FormulaMaster {
  readonly move: MovableFormula;
  readonly row: number;
  readonly column: number;
}

/** A cell's formula as read: its text, or for a cell a shared formula fills, the master it is moved from. */
type ReadFormula = string | FormulaMaster;

/** Column letters by 0-based column, made once each. */
const LETTERS: string[] = [];
const lettersOf = (column: number): string => (LETTERS[column] ??= columnLetter(column));

/** Returns the object it is given: a subclass's private fields are then added to that object (see Position). */
class ReturnsItsArgument {
  constructor(object: object) {
    return object;
  }
}

/**
 * Where a read cell is, as a private field of the cell: one small integer, (row - 1) * 16,384 + column - 1 (both
 * 1-based), kept in the object itself; the address as text for a row past 131,072, whose packing would not be a
 * small integer. A private field is no property any comparison, spread, key list or JSON sees, and costs no
 * call to define (a symbol-keyed property defined non-enumerable did: 1.5 µs a cell).
 */
class Position extends ReturnsItsArgument {
  readonly #at: number | string;

  private constructor(cell: object, at: number | string) {
    super(cell);
    this.#at = at;
  }

  static place(cell: object, row: number, column: number): void {
    new Position(cell, row <= 131_072 ? (row - 1) * 16_384 + column - 1 : a1(row - 1, column - 1));
  }

  static addressOf(cell: object): string {
    const at = (cell as Position).#at;
    return typeof at === "string" ? at : `${lettersOf(at % 16_384)}${Math.floor(at / 16_384) + 1}`;
  }

  /** The cell's row and column, both 1-based. */
  static rowAndColumnOf(cell: object): readonly [number, number] {
    const at = (cell as Position).#at;
    if (typeof at === "number") return [Math.floor(at / 16_384) + 1, (at % 16_384) + 1];
    const decoded = decodeCell(at) ?? notStreamable("cell address");
    return [decoded.row + 1, decoded.column + 1];
  }
}

/**
 * The master of a cell a shared formula fills, as a private field of the cell: its formula text is made when
 * something reads it (the rules need only know it has one), moved from the master's by the cell's own position:
 * a status formula shared down 10,000 rows is one text and one field per cell, not 10,000 copies of 600 characters.
 */
class FilledBy extends ReturnsItsArgument {
  readonly #master: FormulaMaster;

  private constructor(cell: object, master: FormulaMaster) {
    super(cell);
    this.#master = master;
  }

  static fill(cell: object, master: FormulaMaster): void {
    new FilledBy(cell, master);
  }

  static formulaOf(cell: object): string {
    const master = (cell as FilledBy).#master;
    const [row, column] = Position.rowAndColumnOf(cell);
    return master.move(row - master.row, column - master.column);
  }
}

/** One getter for every cell a shared formula fills: objects that share it share one shape. */
const MOVED_FORMULA: PropertyDescriptor = {
  enumerable: true,
  get(this: object): string {
    return FilledBy.formulaOf(this);
  },
};

/**
 * One getter for every cell's address, made from its position when asked for: 250,000 addresses of a
 * 10,000-row KPI sheet held as text were 6 MB of the snapshot (issue #12). Objects that share it share one shape.
 */
const ADDRESS: PropertyDescriptor = {
  enumerable: true,
  get(this: object): string {
    return Position.addressOf(this);
  },
};

/** The value of every empty cell: 8 bytes less in each of them. */
const EMPTY: PropertyDescriptor = { enumerable: true, get: () => null };

interface ReadCell {
  value: CellData;
  formula?: string;
}

/** Makes the cells of one sheet as the snapshot holds them (see cellMaker). */
type MakeCell = (
  row: number,
  column: number,
  value: CellData,
  formula: ReadFormula | undefined
) => SnapshotCell;

/**
 * The maker of one sheet's cells, each made once as its element is read (a 10,000-row KPI sheet has 250,000).
 * A cell is a plain object (Object.prototype, keys { sheet, cell, value, formula } in that order) that reads,
 * compares and serialises as the ExcelJS reader's does, and holds only its value and its position: its sheet
 * is one getter the sheet's cells share, its address is made from its position when read (ADDRESS), and the
 * formula of a cell a shared formula fills when read (FilledBy). Each sheet has its own constructor function,
 * so that V8 gives its cells one shape of their own, sized by what they hold, with no separate property store:
 * 40 bytes a cell, where a `sheet` field in every cell made them 48 (issue #12: 2 MB of a 10,000-row sheet),
 * and an empty cell 32.
 * (One constructor for every sheet, with a getter per sheet, turns each object into a dictionary: 190 MB.)
 */
const cellMaker = (sheet: string): MakeCell => {
  const SHEET: PropertyDescriptor = { enumerable: true, get: () => sheet };
  const Cell = function (this: ReadCell, row: number, column: number, value: CellData) {
    Object.defineProperty(this, "sheet", SHEET);
    Object.defineProperty(this, "cell", ADDRESS);
    this.value = value;
    Position.place(this, row, column);
  } as unknown as new (row: number, column: number, value: CellData) => ReadCell;
  Cell.prototype = Object.prototype;
  // A cell a shared formula fills has a constructor of its own, so that its master too is kept in the object
  // (a field added after construction goes to a separate property store: 0.9 MB of a 10,000-row sheet).
  const Filled = function (
    this: ReadCell,
    row: number,
    column: number,
    value: CellData,
    master: FormulaMaster
  ) {
    Object.defineProperty(this, "sheet", SHEET);
    Object.defineProperty(this, "cell", ADDRESS);
    this.value = value;
    Position.place(this, row, column);
    FilledBy.fill(this, master);
    Object.defineProperty(this, "formula", MOVED_FORMULA);
  } as unknown as new (
    row: number,
    column: number,
    value: CellData,
    master: FormulaMaster
  ) => ReadCell;
  Filled.prototype = Object.prototype;
  // An empty cell (half the cells of a KPI table) has one of its own too, whose value is a getter all share.
  const Empty = function (this: ReadCell, row: number, column: number) {
    Object.defineProperty(this, "sheet", SHEET);
    Object.defineProperty(this, "cell", ADDRESS);
    Object.defineProperty(this, "value", EMPTY);
    Position.place(this, row, column);
  } as unknown as new (row: number, column: number) => ReadCell;
  Empty.prototype = Object.prototype;
  return (row, column, value, formula) => {
    if (formula !== undefined && typeof formula !== "string")
      return new Filled(row, column, value, formula) as unknown as SnapshotCell;
    if (value === null && formula === undefined)
      return new Empty(row, column) as unknown as SnapshotCell;
    const made = new Cell(row, column, value);
    if (formula !== undefined) made.formula = formula;
    return made as unknown as SnapshotCell;
  };
};

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const inBox = (box: Box, row: number, column: number): boolean =>
  row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;

const inAnyBox = (boxes: readonly Box[], row: number, column: number): boolean => {
  for (const box of boxes) if (inBox(box, row, column)) return true;
  return false;
};

/** A number cell's value: the number, or in a date format the date (as ExcelJS reads it, 1900 system). */
const numberOf = (raw: string, isDate: boolean): CellData => {
  const n = parseFloat(raw);
  if (!isDate) return n;
  const date = new Date(Math.round((n - 25569) * 24 * 3600 * 1000));
  return Number.isNaN(date.getTime())
    ? notStreamable("date out of range")
    : { date: date.toISOString().slice(0, 10) };
};

interface SheetCells {
  /** The cells kept, by row number (1-based) and column number (1-based); a sparse array of sparse rows. */
  readonly rows: readonly (readonly SnapshotCell[] | undefined)[];
  /** The last row ExcelJS's worksheet would hold (its rowCount): rows in the XML and merged ranges. */
  readonly lastRow: number;
  readonly merges: readonly Box[];
  readonly tableIds: readonly string[];
}

interface SheetContext {
  /** Makes the sheet's cells. */
  readonly make: MakeCell;
  readonly strings: readonly string[];
  readonly dates: ReadonlySet<number>;
  /** Keep every cell (cells outside tables were asked for), or only those in these boxes (1-based). */
  readonly keep: "all" | readonly Box[];
  readonly counts: { cells: number };
}

const POSITIVE_ADDRESS = /^[A-Z]{1,3}[1-9][0-9]*$/;

/** Streams one worksheet part, keeping the cells asked for, expanding shared formulas as Excel fills them. */
const readSheet = async (
  pkg: XlsxPackage,
  part: string,
  context: SheetContext
): Promise<SheetCells> => {
  const rows: SnapshotCell[][] = [];
  const merges: Box[] = [];
  const tableIds: string[] = [];
  // Cells with neither value nor style: ExcelJS reads them as merged into another; they must be in a merge.
  const bare: [number, number][] = [];
  const masters = new Map<string, FormulaMaster>();
  let lastRow = 0;
  let cell: { r: string; t: string | undefined; s: number } | undefined;
  let inSheetData = false;
  let node: "v" | "f" | "t" | undefined;
  let value: string | undefined;
  let formula: { text: string; attributes: Record<string, string> } | undefined;
  let runs: string[] | undefined;
  let run: string | undefined;
  let inIs = false;

  const finishCell = (): void => {
    if (!cell) return;
    const at = decodeCell(cell.r) ?? notStreamable("cell address");
    const row = at.row + 1;
    const column = at.column + 1;
    let text: ReadFormula | undefined;
    if (formula) {
      const type = formula.attributes.t;
      if (type === "shared") {
        const si = formula.attributes.si ?? "";
        if (formula.text !== "") {
          masters.set(si, { move: compileShift(formula.text), row, column });
          text = formula.text;
        } else {
          text = masters.get(si);
        }
      } else if (type === undefined) {
        text = formula.text === "" ? undefined : formula.text;
      } else notStreamable("array, data-table or typed formula");
    }
    const keep = context.keep === "all" || inAnyBox(context.keep, row, column);
    const isDate = context.dates.has(cell.s);
    let data: CellData = null;
    if (runs !== undefined && (text !== undefined || cell.t !== "inlineStr" || value !== undefined))
      notStreamable("rich text outside an inline string");
    if (text !== undefined) {
      if (value) {
        const result =
          cell.t === "str"
            ? xmlDecodeAgain(value)
            : cell.t === "b"
              ? parseInt(value, 10) !== 0
              : cell.t === "e"
                ? { error: value }
                : numberOf(value, isDate);
        // ExcelJS keeps a formula's result only when it is truthy: 0, FALSE and "" read as no result.
        data = result || null;
      }
    } else if (runs !== undefined) data = runs.join("");
    else if (value !== undefined) {
      if (cell.t === "s") {
        const index = parseInt(value, 10);
        data = context.strings[index] ?? notStreamable("shared string index out of range");
      } else if (cell.t === "str") data = xmlDecodeAgain(value);
      else if (cell.t === "inlineStr") data = value;
      else if (cell.t === "b") data = parseInt(value, 10) !== 0;
      else if (cell.t === "e") data = { error: value };
      else data = numberOf(value, isDate);
    } else if (!cell.s) bare.push([row, column]);
    if (typeof data === "string" && data.length > WORKBOOK_LIMITS.cellChars)
      notStreamable("text past the cell limit");
    if (keep && (data !== null || text !== undefined))
      (rows[row] ??= [])[column] = context.make(row, column, data, text);
    cell = undefined;
  };

  const cursor = new XmlCursor({
    open(name, attributes) {
      if (name === "sheetData") inSheetData = true;
      else if (inSheetData && name === "row") {
        const r = attributesOf(attributes).r;
        if (r === undefined || !/^[1-9][0-9]*$/.test(r)) notStreamable("row without number");
        lastRow = Math.max(lastRow, Number(r));
      } else if (inSheetData && name === "c") {
        const a = attributesOf(attributes);
        if (a.r === undefined || !POSITIVE_ADDRESS.test(a.r)) notStreamable("cell without address");
        cell = { r: a.r ?? "", t: a.t, s: a.s === undefined ? 0 : parseInt(a.s, 10) || 0 };
        value = undefined;
        formula = undefined;
        runs = undefined;
        inIs = false;
        node = undefined;
      } else if (cell) {
        if (name === "v") node = "v";
        else if (name === "f") {
          node = "f";
          formula = { text: "", attributes: attributesOf(attributes) };
        } else if (name === "is") inIs = true;
        else if (name === "r" && inIs) {
          runs ??= [];
          run = "";
        } else if (name === "t" && inIs) node = "t";
        else if (name === "rPh") notStreamable("phonetic text");
      } else if (name === "mergeCell") {
        const box = decodeRange(attributesOf(attributes).ref ?? "") ?? notStreamable("merge");
        const merge = {
          top: box.top + 1,
          left: box.left + 1,
          bottom: box.bottom + 1,
          right: box.right + 1,
        };
        if (
          merges.some(
            (m) =>
              m.top <= merge.bottom &&
              merge.top <= m.bottom &&
              m.left <= merge.right &&
              merge.left <= m.right
          )
        )
          notStreamable("overlapping merges");
        merges.push(merge);
        lastRow = Math.max(lastRow, merge.bottom);
      } else if (name === "hyperlink") notStreamable("hyperlink");
      else if (name === "tablePart") tableIds.push(attributesOf(attributes).id ?? "");
    },
    close(name) {
      if (name === "sheetData") inSheetData = false;
      else if (name === "c") finishCell();
      else if (name === "v" || name === "f" || name === "t") {
        if (name === "t" && run !== undefined) {
          runs?.push(run);
          run = undefined;
        }
        node = undefined;
      } else if (name === "is") inIs = false;
    },
    text(text) {
      if (node === "f" && formula) formula.text += text;
      else if (node === "t" && run !== undefined) run += text;
      else if (node === "v" || node === "t") {
        // ExcelJS joins the text of a cell's <v> and <t> elements.
        if (text !== "") value = value ? value + text : text;
      }
    },
  });
  const tags = tagCounter();
  await pkg.stream(part, (bytes, text) => {
    tags.feed(bytes);
    if (tags.rows > WORKBOOK_LIMITS.rowsPerSheet) notStreamable("rows past the limit");
    if (context.counts.cells + tags.cells > WORKBOOK_LIMITS.cells)
      notStreamable("cells past the limit");
    cursor.feed(text);
  });
  cursor.end();
  context.counts.cells += tags.cells;
  for (const [row, column] of bare)
    if (!merges.some((m) => inBox(m, row, column) && (m.top !== row || m.left !== column)))
      notStreamable("a cell with neither value nor style outside a merge");
  return { rows, lastRow, merges, tableIds };
};

/** What a cell shows in a table: the cells a merge covers, other than its top-left one, are empty. */
const masterOf = (
  sheet: Pick<SheetCells, "merges">,
  row: number,
  column: number
): [number, number] | undefined => {
  const merge = sheet.merges.find((m) => inBox(m, row, column));
  return merge ? [merge.top, merge.left] : undefined;
};

const headerText = (value: CellData | undefined): string =>
  value === null || value === undefined ? "" : typeof value === "object" ? "" : String(value);

/**
 * Reads a workbook's sheets and tables, and (when asked) the cells outside them, straight from the package:
 * the zip's directory read once, each part inflated once, the sheets streamed, only the cells inside tables
 * kept. Yields exactly the Snapshot the ExcelJS reader yields (loadXlsx + snapshotOf), or throws NotStreamable
 * for a file it does not read as ExcelJS does, which the caller then reads (or refuses) the ExcelJS way.
 */
export const readTableSnapshot = async (
  file: string,
  bytes: Uint8Array,
  options?: { readonly outsideTables?: boolean }
): Promise<Snapshot> => {
  const pkg = XlsxPackage.open(file, bytes);
  if (pkg.has("[Content_Types].xml") && /macroEnabled/i.test(pkg.text("[Content_Types].xml")))
    notStreamable("macros");
  const workbookRels = relationships(pkg, "xl/workbook.xml");
  const sheets: { name: string; visibility: SnapshotSheet["visibility"]; part: string }[] = [];
  const sheetIds = new Set<string>();
  scanXml(pkg.text("xl/workbook.xml"), {
    open(name, attributes) {
      const a = attributesOf(attributes);
      if (
        name === "workbookPr" &&
        a.date1904 !== undefined &&
        a.date1904 !== "0" &&
        a.date1904 !== "false"
      )
        notStreamable("1904 dates");
      if (name !== "sheet") return;
      const rel = workbookRels.get(a.id ?? "");
      if (
        !rel?.part ||
        !/\/worksheet$/.test(rel.type) ||
        !/^xl\/worksheets\/sheet\d+\.xml$/.test(rel.part) ||
        !pkg.has(rel.part)
      )
        notStreamable("a sheet that is not a worksheet part");
      if (a.name === undefined || sheetIds.has(a.sheetId ?? "")) notStreamable("sheet ids");
      sheetIds.add(a.sheetId ?? "");
      sheets.push({
        name: a.name ?? "",
        visibility:
          a.state === "veryHidden" ? "veryHidden" : a.state === "hidden" ? "hidden" : "visible",
        part: rel?.part ?? "",
      });
    },
    close() {},
    text() {},
  });
  const stringsPart = [...workbookRels.values()].find((r) => /\/sharedStrings$/.test(r.type))?.part;
  const strings = sharedStrings(pkg, stringsPart);
  const dates = dateStyles(pkg);
  const counts = { cells: 0 };
  const sheetParts = new Set(sheets.map((s) => s.part));
  const tables: SnapshotTable[] = [];
  const outside: SnapshotCell[] = [];
  for (const sheet of sheets) {
    const rels = relationships(pkg, sheet.part);
    const known = new Map<string, TablePart>();
    for (const [id, rel] of rels)
      if (/\/table$/.test(rel.type) && rel.part !== undefined)
        known.set(id, tablePart(pkg, rel.part));
    const boxes = [...known.values()].flatMap((t) => {
      const box = decodeRange(t.ref);
      return box
        ? [{ top: box.top + 1, left: box.left + 1, bottom: box.bottom + 1, right: box.right + 1 }]
        : [];
    });
    const make = cellMaker(sheet.name);
    const cells = await readSheet(pkg, sheet.part, {
      make,
      strings,
      dates,
      keep: options?.outsideTables ? "all" : boxes,
      counts,
    });
    const names = new Set<string>();
    const read = cells.tableIds.map((id) => known.get(id) ?? notStreamable("table part missing"));
    let lastRow = cells.lastRow;
    const cellAt = (row: number, column: number): SnapshotCell | undefined =>
      cells.rows[row]?.[column];
    const inTables = new Set<string>();
    for (const t of read) {
      if (names.has(t.name)) notStreamable("two tables of one name on a sheet");
      names.add(t.name);
      const at = decodeRange(t.ref);
      if (!at) continue;
      const top = at.top + 1;
      const left = at.left + 1;
      const right = at.right + 1;
      const bottom = Math.min(at.bottom + 1, Math.max(lastRow, top));
      if (bottom - top > WORKBOOK_LIMITS.rowsPerSheet) notStreamable("table past the row limit");
      if (right - left >= 16_384) continue;
      lastRow = Math.max(lastRow, top);
      const columns = Array.from({ length: right - left + 1 }, (_, i) => left + i);
      const headers = columns.map((c) => {
        const master = masterOf(cells, top, c);
        if (
          master &&
          !(options?.outsideTables || boxes.some((b) => inBox(b, master[0], master[1])))
        )
          notStreamable("a header merged from outside its table");
        return headerText((master ? cellAt(master[0], master[1]) : cellAt(top, c))?.value);
      });
      const headerAddresses = columns.map((c) => a1(top - 1, c - 1));
      const rows: SnapshotCell[][] = [];
      for (let r = top + 1; r <= bottom; r++) {
        rows.push(
          columns.map((c) => {
            const master = masterOf(cells, r, c);
            const read = master && (master[0] !== r || master[1] !== c) ? undefined : cellAt(r, c);
            return read ?? make(r, c, null, undefined);
          })
        );
      }
      if (options?.outsideTables) {
        for (const a of headerAddresses) inTables.add(a);
        for (const row of rows) for (const c of row) inTables.add(c.cell);
      }
      tables.push({ name: t.name, sheet: sheet.name, headers, headerAddresses, rows });
    }
    if (options?.outsideTables)
      // forEach visits the rows and cells there are, in order.
      cells.rows.forEach((row, r) =>
        row?.forEach((read, c) => {
          const master = masterOf(cells, r, c);
          if (master && (master[0] !== r || master[1] !== c)) return;
          if (read.value === null || inTables.has(read.cell)) return;
          outside.push({ sheet: sheet.name, cell: read.cell, value: read.value });
        })
      );
  }
  // Every other part is inflated too, so that a corrupt or oversized one is refused as the ExcelJS path would.
  for (const part of pkg.names) {
    if (sheetParts.has(part)) continue;
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(part)) {
      const tags = tagCounter();
      await pkg.stream(part, (chunk) => {
        tags.feed(chunk);
        if (tags.rows > WORKBOOK_LIMITS.rowsPerSheet) notStreamable("rows past the limit");
      });
      counts.cells += tags.cells;
      if (counts.cells > WORKBOOK_LIMITS.cells) notStreamable("cells past the limit");
    } else await pkg.stream(part, () => undefined);
  }
  return {
    sheets: sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    tables,
    ...(options?.outsideTables ? { cells: outside } : {}),
  };
};

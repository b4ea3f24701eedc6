import { FakeClientObject, Resolver } from "./client-object";
import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError } from "./office-error";
import type { CellBlock } from "./cell-address";
import { blocksOf, forEachCell, liveSheet, RangeTarget } from "./range-target";
import { assertChangeAllowed } from "./sheet-protection";
import {
  BorderLine,
  CellFormat,
  cellKey,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  formatAt,
} from "./workbook-state";

/** A format property over a range: its value where every cell agrees, null where they differ (as Excel reports). */
const uniform = ({ sheet, block }: RangeTarget, pick: (f: CellFormat) => unknown): unknown => {
  let first: unknown;
  let same = true;
  forEachCell(block, (r, c, i, j) => {
    const v = pick(formatAt(sheet, r, c)) ?? null;
    if (i === 0 && j === 0) first = v;
    else if (v !== first) same = false;
  });
  return same ? first : null;
};

const setFormat = (
  t: RangeTarget,
  format: CellFormat,
  change: "formatCells" | "values" = "formatCells"
): void => {
  for (const block of blocksOf(t)) assertChangeAllowed(liveSheet(t.sheet), block, change);
  for (const block of blocksOf(t)) t.sheet.formats.push({ block, format });
};

const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const BORDER_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

type Side = "borderTop" | "borderBottom" | "borderLeft" | "borderRight";

/** The cell edges an Excel.BorderIndex stands for in a block: the outer edges, or the lines between its cells. */
const edgesOf = (index: string, b: CellBlock): { block: CellBlock; side: Side }[] => {
  const row = (top: number, rows: number): CellBlock => ({ ...b, top, rows });
  const column = (left: number, columns: number): CellBlock => ({ ...b, left, columns });
  switch (index) {
    case "EdgeTop":
      return [{ block: row(b.top, 1), side: "borderTop" }];
    case "EdgeBottom":
      return [{ block: row(b.top + b.rows - 1, 1), side: "borderBottom" }];
    case "EdgeLeft":
      return [{ block: column(b.left, 1), side: "borderLeft" }];
    case "EdgeRight":
      return [{ block: column(b.left + b.columns - 1, 1), side: "borderRight" }];
    case "InsideHorizontal":
      return b.rows < 2
        ? []
        : [
            { block: row(b.top + 1, b.rows - 1), side: "borderTop" },
            { block: row(b.top, b.rows - 1), side: "borderBottom" },
          ];
    case "InsideVertical":
      return b.columns < 2
        ? []
        : [
            { block: column(b.left + 1, b.columns - 1), side: "borderLeft" },
            { block: column(b.left, b.columns - 1), side: "borderRight" },
          ];
    default:
      return [];
  }
};

interface BorderTarget {
  readonly range: RangeTarget;
  readonly index: string;
}

/** Excel.RangeBorder: one edge (or the inside lines) of a range; its style, weight and colour. */
export class FakeRangeBorder extends FakeClientObject<BorderTarget> {
  protected readonly scalarNames = ["style", "weight", "color", "sideIndex"];
  protected readScalar(name: string, t: BorderTarget): unknown {
    if (name === "sideIndex") return t.index;
    const [edge] = edgesOf(t.index, t.range.block);
    if (!edge) return null;
    return uniform(
      { sheet: t.range.sheet, block: edge.block },
      (f) => f[edge.side]?.[name as keyof BorderLine]
    );
  }
  private setLine(name: keyof BorderLine, value: string, allowed?: readonly string[]): void {
    this.queueSet(name, value, (t) => {
      if (allowed && !allowed.includes(value))
        throw new FakeOfficeError("InvalidArgument", `border ${name} ${value}`);
      if (name === "color" && !/^#[0-9A-Fa-f]{6}$/.test(value))
        throw new FakeOfficeError("InvalidArgument", `border color ${value}`);
      const line = { [name]: name === "color" ? value.toUpperCase() : value } as BorderLine;
      for (const area of blocksOf(t.range)) {
        assertChangeAllowed(liveSheet(t.range.sheet), area, "formatCells");
        for (const edge of edgesOf(t.index, area))
          t.range.sheet.formats.push({ block: edge.block, format: { [edge.side]: line } });
      }
    });
  }
  get style(): string {
    return this.loadedValue("style");
  }
  set style(value: string) {
    this.setLine("style", value, BORDER_STYLES);
  }
  get weight(): string {
    return this.loadedValue("weight");
  }
  set weight(value: string) {
    this.setLine("weight", value, BORDER_WEIGHTS);
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(value: string) {
    this.setLine("color", value);
  }
}

/** Excel.RangeBorderCollection: the borders of a range, by Excel.BorderIndex. */
export class FakeRangeBorderCollection extends FakeClientObject<RangeTarget> {
  protected readonly scalarNames: readonly string[] = [];
  protected readScalar(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", name);
  }
  /** One border by its index ("EdgeTop", "InsideHorizontal", ...). */
  getItem(index: string): FakeRangeBorder {
    return this.spawn("getItem", [index], FakeRangeBorder, (range) => {
      if (!BORDER_INDEXES.includes(index))
        throw new FakeOfficeError("InvalidArgument", `border index ${index}`);
      return { range, index };
    });
  }
}

/** A format object with plain properties over a range (fill, font, protection). */
abstract class FormatPart extends FakeClientObject<RangeTarget> {
  protected abstract readonly fields: Readonly<Record<string, keyof CellFormat>>;
  protected get scalarNames(): readonly string[] {
    return Object.keys(this.fields);
  }
  protected readScalar(name: string, target: RangeTarget): unknown {
    const field = this.fields[name];
    if (!field) throw new FakeOfficeError("InvalidArgument", name);
    return uniform(target, (f) => f[field]);
  }
  protected setField(name: string, value: unknown): void {
    const field = this.fields[name];
    if (!field) throw new Error(`fake Excel: no format property ${name}`);
    this.queueSet(name, value, (t) =>
      setFormat(t, { [field]: value }, field === "locked" ? "values" : "formatCells")
    );
  }
}

/** Excel.RangeFill. */
export class FakeRangeFill extends FormatPart {
  protected readonly fields = { color: "fill" } as const;
  get color(): string | null {
    return this.loadedValue("color");
  }
  set color(value: string | null) {
    this.setField("color", value);
  }
  /** Removes the fill. */
  clear(): void {
    this.queueCall("clear", [], (t) => setFormat(t, { fill: null }));
  }
}

/** Excel.RangeFont. */
export class FakeRangeFont extends FormatPart {
  protected readonly fields = {
    bold: "bold",
    italic: "italic",
    size: "size",
    color: "color",
  } as const;
  get bold(): boolean {
    return this.loadedValue("bold");
  }
  set bold(value: boolean) {
    this.setField("bold", value);
  }
  get italic(): boolean {
    return this.loadedValue("italic");
  }
  set italic(value: boolean) {
    this.setField("italic", value);
  }
  get size(): number {
    return this.loadedValue("size");
  }
  set size(value: number) {
    this.setField("size", value);
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(value: string) {
    this.setField("color", value);
  }
}

/** Excel.FormatProtection: whether cells stay locked when the sheet is protected (they are by default). */
export class FakeFormatProtection extends FormatPart {
  protected readonly fields = { locked: "locked" } as const;
  get locked(): boolean {
    return this.loadedValue("locked");
  }
  set locked(value: boolean) {
    this.queueSet("locked", value, (t) => {
      if (liveSheet(t.sheet).protection)
        throw new FakeOfficeError(
          "AccessDenied",
          `Cannot change locking on protected sheet ${t.sheet.name}.`
        );
      t.sheet.formats.push({ block: t.block, format: { locked: value } });
    });
  }
}

/** Excel.RangeFormat: alignment, wrapping, column width (in points), and its fill, font and protection. */
export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  protected readonly scalarNames = [
    "wrapText",
    "verticalAlignment",
    "horizontalAlignment",
    "readingOrder",
    "columnWidth",
    "rowHeight",
  ];

  constructor(context: FakeRequestContext, resolve: Resolver<RangeTarget>) {
    super(context, resolve);
  }

  protected readScalar(name: string, target: RangeTarget): unknown {
    switch (name) {
      case "wrapText":
        return uniform(target, (f) => f.wrapText ?? false);
      case "verticalAlignment":
        return uniform(target, (f) => f.verticalAlignment ?? "Bottom");
      case "horizontalAlignment":
        return uniform(target, (f) => f.horizontalAlignment ?? "General");
      case "readingOrder":
        return uniform(target, (f) => f.readingOrder ?? "Context");
      case "rowHeight": {
        const heights = new Set<number>();
        for (let r = target.block.top; r < target.block.top + target.block.rows; r++)
          heights.add(target.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
        return heights.size === 1 ? [...heights][0] : null;
      }
      case "columnWidth": {
        const widths = new Set<number>();
        for (let c = target.block.left; c < target.block.left + target.block.columns; c++)
          widths.add(target.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      }
      default:
        throw new FakeOfficeError("InvalidArgument", name);
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "fill"
      ? this.fill
      : name === "font"
        ? this.font
        : name === "protection"
          ? this.protection
          : name === "borders"
            ? this.borders
            : undefined;
  }

  get borders(): FakeRangeBorderCollection {
    return this.navigate(
      "borders",
      () => new FakeRangeBorderCollection(this.context, () => this.target())
    );
  }
  get fill(): FakeRangeFill {
    return this.navigate("fill", () => new FakeRangeFill(this.context, () => this.target()));
  }
  get font(): FakeRangeFont {
    return this.navigate("font", () => new FakeRangeFont(this.context, () => this.target()));
  }
  get protection(): FakeFormatProtection {
    return this.navigate(
      "protection",
      () => new FakeFormatProtection(this.context, () => this.target())
    );
  }

  get wrapText(): boolean {
    return this.loadedValue("wrapText");
  }
  set wrapText(value: boolean) {
    this.queueSet("wrapText", value, (t) => setFormat(t, { wrapText: value }));
  }
  get verticalAlignment(): string {
    return this.loadedValue("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.queueSet("verticalAlignment", value, (t) => {
      if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(value))
        throw new FakeOfficeError("InvalidArgument", `verticalAlignment ${value}`);
      setFormat(t, { verticalAlignment: value });
    });
  }
  get horizontalAlignment(): string {
    return this.loadedValue("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.queueSet("horizontalAlignment", value, (t) => {
      if (!HORIZONTAL.includes(value))
        throw new FakeOfficeError("InvalidArgument", `horizontalAlignment ${value}`);
      setFormat(t, { horizontalAlignment: value });
    });
  }
  get readingOrder(): string {
    return this.loadedValue("readingOrder");
  }
  set readingOrder(value: string) {
    this.queueSet("readingOrder", value, (t) => {
      if (!["Context", "LeftToRight", "RightToLeft"].includes(value))
        throw new FakeOfficeError("InvalidArgument", `readingOrder ${value}`);
      setFormat(t, { readingOrder: value });
    });
  }
  get rowHeight(): number {
    return this.loadedValue("rowHeight");
  }
  set rowHeight(points: number) {
    this.queueSet("rowHeight", points, (t) => {
      for (const block of blocksOf(t)) assertChangeAllowed(liveSheet(t.sheet), block, "formatRows");
      if (!(points >= 0 && points <= 409))
        throw new FakeOfficeError("InvalidArgument", `rowHeight ${points}`);
      for (const block of blocksOf(t))
        for (let r = block.top; r < block.top + block.rows; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  get columnWidth(): number {
    return this.loadedValue("columnWidth");
  }
  set columnWidth(points: number) {
    this.queueSet("columnWidth", points, (t) => {
      assertChangeAllowed(liveSheet(t.sheet), t.block, "formatColumns");
      if (!(points >= 0 && points <= 1_800))
        throw new FakeOfficeError("InvalidArgument", `columnWidth ${points}`);
      for (let c = t.block.left; c < t.block.left + t.block.columns; c++)
        t.sheet.columnWidths.set(c, points);
    });
  }

  /** Sets each column's width to fit its longest text (the fake counts about 5.25 points a character). */
  autofitColumns(): void {
    this.queueCall("autofitColumns", [], (t) => {
      assertChangeAllowed(liveSheet(t.sheet), t.block, "formatColumns");
      for (let c = t.block.left; c < t.block.left + t.block.columns; c++) {
        let longest = 0;
        for (let r = t.block.top; r < t.block.top + t.block.rows; r++) {
          const content = t.sheet.cells.get(cellKey(r, c));
          if (content) longest = Math.max(longest, String(content.value).length);
        }
        t.sheet.columnWidths.set(
          c,
          longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.ceil(longest * 5.25 + 3.75)
        );
      }
    });
  }
}

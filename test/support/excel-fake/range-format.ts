import { FakeClientObject, Resolver } from "./client-object";
import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError } from "./office-error";
import { forEachCell, liveSheet, RangeTarget } from "./range-target";
import { assertChangeAllowed } from "./sheet-protection";
import { CellFormat, cellKey, DEFAULT_COLUMN_WIDTH, formatAt } from "./workbook-state";

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
  assertChangeAllowed(liveSheet(t.sheet), t.block, change);
  t.sheet.formats.push({ block: t.block, format });
};

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
  protected readonly scalarNames = ["wrapText", "verticalAlignment", "columnWidth"];

  constructor(context: FakeRequestContext, resolve: Resolver<RangeTarget>) {
    super(context, resolve);
  }

  protected readScalar(name: string, target: RangeTarget): unknown {
    switch (name) {
      case "wrapText":
        return uniform(target, (f) => f.wrapText ?? false);
      case "verticalAlignment":
        return uniform(target, (f) => f.verticalAlignment ?? "Bottom");
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
          : undefined;
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

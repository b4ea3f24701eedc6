import { overlaps } from "./cell-address";
import { FakeClientObject, FakeCollection, Resolver } from "./client-object";
import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError } from "./office-error";
import { liveSheet, RangeTarget } from "./range-target";
import { assertChangeAllowed } from "./sheet-protection";
import type { ConditionalFormatState, SheetState } from "./workbook-state";

interface CfTarget {
  readonly sheet: SheetState;
  readonly cf: ConditionalFormatState;
}

const live = (t: CfTarget): CfTarget => {
  liveSheet(t.sheet);
  if (!t.sheet.conditionalFormats.includes(t.cf))
    throw new FakeOfficeError("ItemNotFound", "The conditional format was deleted.");
  return t;
};

/** Excel.ConditionalRangeFill of a custom format: the fill colour it applies. */
export class FakeConditionalFill extends FakeClientObject<CfTarget> {
  protected readonly scalarNames = ["color"];
  protected readScalar(_: string, t: CfTarget): unknown {
    return live(t).cf.fill ?? null;
  }
  get color(): string | null {
    return this.loadedValue("color");
  }
  set color(value: string | null) {
    this.queueSet("color", value, (t) => {
      assertChangeAllowed(live(t).sheet, t.cf.block, "structure");
      t.cf.fill = value ?? undefined;
    });
  }
}

/** Excel.ConditionalRangeFormat (only its fill is modelled). */
export class FakeConditionalRangeFormat extends FakeClientObject<CfTarget> {
  protected readonly scalarNames: readonly string[] = [];
  protected readScalar(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", name);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "fill" ? this.fill : undefined;
  }
  get fill(): FakeConditionalFill {
    return this.navigate("fill", () => new FakeConditionalFill(this.context, () => this.target()));
  }
}

/** Excel.ConditionalFormatRule: the formula of a custom format ("=..."). */
export class FakeConditionalFormatRule extends FakeClientObject<CfTarget> {
  protected readonly scalarNames = ["formula"];
  protected readScalar(_: string, t: CfTarget): unknown {
    const formula = live(t).cf.formula;
    return formula === undefined ? null : `=${formula}`;
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  set formula(value: string) {
    this.queueSet("formula", value, (t) => {
      assertChangeAllowed(live(t).sheet, t.cf.block, "structure");
      t.cf.formula = value.startsWith("=") ? value.slice(1) : value;
    });
  }
}

/** Excel.CustomConditionalFormat: a formula rule and the format it applies. */
export class FakeCustomConditionalFormat extends FakeClientObject<CfTarget> {
  protected readonly scalarNames: readonly string[] = [];
  protected readScalar(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", name);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
  get rule(): FakeConditionalFormatRule {
    return this.navigate(
      "rule",
      () => new FakeConditionalFormatRule(this.context, () => this.target())
    );
  }
  get format(): FakeConditionalRangeFormat {
    return this.navigate(
      "format",
      () => new FakeConditionalRangeFormat(this.context, () => this.target())
    );
  }
}

/** Excel.ConditionalFormat: its type, the custom rule, and where it applies. */
export class FakeConditionalFormat extends FakeClientObject<CfTarget> {
  protected readonly scalarNames = ["type", "id"];
  protected readScalar(name: string, t: CfTarget): unknown {
    live(t);
    return name === "type" ? t.cf.type : String(t.cf.id);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "custom" ? this.custom : undefined;
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get custom(): FakeCustomConditionalFormat {
    return this.navigate(
      "custom",
      () => new FakeCustomConditionalFormat(this.context, () => this.target())
    );
  }
  /** Removes this conditional format. */
  delete(): void {
    this.queueCall("delete", [], (t) => {
      assertChangeAllowed(live(t).sheet, t.cf.block, "structure");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf);
    });
  }
}

/** Excel.ConditionalFormatCollection of a range: the formats that touch it; add and clearAll. */
export class FakeConditionalFormatCollection extends FakeCollection<
  FakeConditionalFormat,
  CfTarget
> {
  constructor(
    context: FakeRequestContext,
    private readonly range: Resolver<RangeTarget>
  ) {
    super(context, () => {
      const t = range();
      return t === null
        ? null
        : liveSheet(t.sheet)
            .conditionalFormats.filter((cf) => overlaps(cf.block, t.block))
            .map((cf) => ({ sheet: t.sheet, cf }));
    });
  }

  protected makeItem(resolve: Resolver<CfTarget>): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, resolve);
  }

  /** Adds a conditional format of this type ("Custom" is the one modelled) over the range. */
  add(type: string): FakeConditionalFormat {
    return this.spawn("add", [type], FakeConditionalFormat, () => {
      const t = this.range();
      if (!t) throw new FakeOfficeError("ItemNotFound", "range");
      assertChangeAllowed(liveSheet(t.sheet), t.block, "structure");
      if (type !== "Custom")
        throw new FakeOfficeError(
          "InvalidArgument",
          `the fake models custom conditional formats only, not ${type}`
        );
      const cf: ConditionalFormatState = { id: this.context.state.nextId++, block: t.block, type };
      t.sheet.conditionalFormats.push(cf);
      return { sheet: t.sheet, cf };
    });
  }

  /** Removes every conditional format that touches the range. */
  clearAll(): void {
    this.queueCall("clearAll", [], () => {
      const t = this.range();
      if (!t) throw new FakeOfficeError("ItemNotFound", "range");
      assertChangeAllowed(liveSheet(t.sheet), t.block, "structure");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (cf) => !overlaps(cf.block, t.block)
      );
    });
  }
}

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

const RULE_TYPES = [
  "Automatic",
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
];

/** Excel.ConditionalDataBarPositiveFormat: the bar's fill colour and whether it fades. */
export class FakeDataBarPositiveFormat extends FakeClientObject<CfTarget> {
  protected readonly scalarNames = ["fillColor", "gradientFill"];
  protected readScalar(name: string, t: CfTarget): unknown {
    const bar = live(t).cf.dataBar ?? {};
    return name === "fillColor" ? (bar.fillColor ?? "#638EC6") : (bar.gradientFill ?? true);
  }
  get fillColor(): string {
    return this.loadedValue("fillColor");
  }
  set fillColor(value: string) {
    this.queueSet("fillColor", value, (t) => {
      assertChangeAllowed(live(t).sheet, t.cf.block, "structure");
      if (!/^#[0-9A-Fa-f]{6}$/.test(value))
        throw new FakeOfficeError("InvalidArgument", `fillColor ${value}`);
      t.cf.dataBar = { ...t.cf.dataBar, fillColor: value.toUpperCase() };
    });
  }
  get gradientFill(): boolean {
    return this.loadedValue("gradientFill");
  }
  set gradientFill(value: boolean) {
    this.queueSet("gradientFill", value, (t) => {
      assertChangeAllowed(live(t).sheet, t.cf.block, "structure");
      t.cf.dataBar = { ...t.cf.dataBar, gradientFill: value };
    });
  }
}

/** Excel.DataBarConditionalFormat: its bounds (set as whole objects, as the API requires) and positive format. */
export class FakeDataBarConditionalFormat extends FakeClientObject<CfTarget> {
  protected readonly scalarNames = ["lowerBoundRule", "upperBoundRule"];
  protected readScalar(name: string, t: CfTarget): unknown {
    const bar = live(t).cf.dataBar ?? {};
    return name === "lowerBoundRule"
      ? (bar.lowerBoundRule ?? { type: "Automatic" })
      : (bar.upperBoundRule ?? { type: "Automatic" });
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "positiveFormat" ? this.positiveFormat : undefined;
  }
  get positiveFormat(): FakeDataBarPositiveFormat {
    return this.navigate(
      "positiveFormat",
      () => new FakeDataBarPositiveFormat(this.context, () => this.target())
    );
  }
  private setBound(
    name: "lowerBoundRule" | "upperBoundRule",
    rule: { type: string; formula?: string }
  ): void {
    this.queueSet(name, rule, (t) => {
      assertChangeAllowed(live(t).sheet, t.cf.block, "structure");
      if (!RULE_TYPES.includes(rule.type))
        throw new FakeOfficeError("InvalidArgument", `${name} type ${rule.type}`);
      const needsFormula = ["Number", "Percent", "Formula", "Percentile"].includes(rule.type);
      if (needsFormula !== (rule.formula !== undefined))
        throw new FakeOfficeError("InvalidArgument", `${name} ${JSON.stringify(rule)}`);
      t.cf.dataBar = { ...t.cf.dataBar, [name]: { ...rule } };
    });
  }
  get lowerBoundRule(): { type: string; formula?: string } {
    return this.loadedValue("lowerBoundRule");
  }
  set lowerBoundRule(rule: { type: string; formula?: string }) {
    this.setBound("lowerBoundRule", rule);
  }
  get upperBoundRule(): { type: string; formula?: string } {
    return this.loadedValue("upperBoundRule");
  }
  set upperBoundRule(rule: { type: string; formula?: string }) {
    this.setBound("upperBoundRule", rule);
  }
}

/** Excel.ConditionalFormat: its type, the custom rule or data bar, and where it applies. */
export class FakeConditionalFormat extends FakeClientObject<CfTarget> {
  protected readonly scalarNames = ["type", "id"];
  protected readScalar(name: string, t: CfTarget): unknown {
    live(t);
    return name === "type" ? t.cf.type : String(t.cf.id);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "custom" ? this.custom : name === "dataBar" ? this.dataBar : undefined;
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
  /** The data bar's settings; ItemNotFound on a format of another type (a null object in Excel). */
  get dataBar(): FakeDataBarConditionalFormat {
    return this.navigate(
      "dataBar",
      () =>
        new FakeDataBarConditionalFormat(this.context, () => {
          const t = this.target();
          if (t.cf.type !== "DataBar")
            throw new FakeOfficeError("InvalidArgument", `a ${t.cf.type} format has no dataBar`);
          return t;
        })
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

  /** Adds a conditional format of this type ("Custom" and "DataBar" are the ones modelled) over the range. */
  add(type: string): FakeConditionalFormat {
    return this.spawn("add", [type], FakeConditionalFormat, () => {
      const t = this.range();
      if (!t) throw new FakeOfficeError("ItemNotFound", "range");
      assertChangeAllowed(liveSheet(t.sheet), t.block, "structure");
      if (type !== "Custom" && type !== "DataBar")
        throw new FakeOfficeError(
          "InvalidArgument",
          `the fake models custom and data bar conditional formats only, not ${type}`
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

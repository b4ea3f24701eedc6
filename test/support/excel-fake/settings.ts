import { FakeClientObject, FakeCollection, Resolver } from "./client-object";
import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError } from "./office-error";

interface SettingTarget {
  readonly key: string;
}

/** Excel.Setting: a key and its JSON value, saved with the workbook for this add-in. */
export class FakeSetting extends FakeClientObject<SettingTarget> {
  protected readonly scalarNames = ["key", "value"];
  protected readScalar(name: string, t: SettingTarget): unknown {
    const settings = this.context.state.settings;
    if (!settings.has(t.key)) throw new FakeOfficeError("ItemNotFound", `No setting ${t.key}.`);
    return name === "key" ? t.key : structuredClone(settings.get(t.key));
  }
  get key(): string {
    return this.loadedValue("key");
  }
  get value(): unknown {
    return this.loadedValue("value");
  }
  set value(value: unknown) {
    this.queueSet("value", value, (t) =>
      this.context.state.settings.set(t.key, structuredClone(value))
    );
  }
  delete(): void {
    this.queueCall("delete", [], (t) => this.context.state.settings.delete(t.key));
  }
}

/** Excel.SettingCollection (workbook.settings). */
export class FakeSettingCollection extends FakeCollection<FakeSetting, SettingTarget> {
  constructor(context: FakeRequestContext) {
    super(context, () => [...context.state.settings.keys()].map((key) => ({ key })));
  }
  protected makeItem(resolve: Resolver<SettingTarget>): FakeSetting {
    return new FakeSetting(this.context, resolve);
  }
  /** Sets a setting, adding it where absent. Values are stored as JSON. */
  add(key: string, value: unknown): FakeSetting {
    return this.spawn("add", [key, value], FakeSetting, () => {
      if (key === "") throw new FakeOfficeError("InvalidArgument", "A setting needs a key.");
      this.context.state.settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
      return { key };
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return this.spawn(
      "getItemOrNullObject",
      [key],
      FakeSetting,
      () => (this.context.state.settings.has(key) ? { key } : null),
      { nullable: true }
    );
  }
}

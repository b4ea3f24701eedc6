import { FakeClientObject, FakeCollection, Resolver } from "./client-object";
import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError } from "./office-error";
import type { NamedItemState } from "./workbook-state";

/** Excel.NamedItem: a workbook-scoped defined name and the formula it stands for. */
export class FakeNamedItem extends FakeClientObject<NamedItemState> {
  protected readonly scalarNames = ["name", "formula", "comment"];
  protected readScalar(name: string, item: NamedItemState): unknown {
    this.live(item);
    return name === "name" ? item.name : name === "formula" ? `=${item.formula}` : item.comment;
  }
  private live(item: NamedItemState): NamedItemState {
    if (!this.context.state.names.includes(item))
      throw new FakeOfficeError("ItemNotFound", `The name ${item.name} was deleted.`);
    return item;
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  get comment(): string {
    return this.loadedValue("comment");
  }
  delete(): void {
    this.queueCall("delete", [], (item) => {
      const names = this.context.state.names;
      names.splice(names.indexOf(this.live(item)), 1);
    });
  }
}

/** Excel.NamedItemCollection of the workbook. */
export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem, NamedItemState> {
  constructor(context: FakeRequestContext) {
    super(context, () => [...context.state.names]);
  }
  protected makeItem(resolve: Resolver<NamedItemState>): FakeNamedItem {
    return new FakeNamedItem(this.context, resolve);
  }
  /** Defines a name for a reference or formula ("=Sheet1!$A$1" or "=42"). */
  add(name: string, reference: string, comment = ""): FakeNamedItem {
    return this.spawn("add", [name, reference, comment], FakeNamedItem, () => {
      const state = this.context.state;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
        throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid name.`);
      const lower = name.toLowerCase();
      if (
        state.names.some((n) => n.name.toLowerCase() === lower) ||
        state.tables.some((t) => t.name.toLowerCase() === lower)
      )
        throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
      const item = { name, formula: reference.replace(/^=/, ""), comment };
      state.names.push(item);
      return item;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return this.spawn(
      "getItemOrNullObject",
      [name],
      FakeNamedItem,
      (names) => names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null,
      { nullable: true }
    );
  }
}

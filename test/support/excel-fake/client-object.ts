import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError, propertyNotLoaded } from "./office-error";

/** Finds a proxy's object in the workbook while a request is applied; null for a null object. */
export type Resolver<T> = () => T | null;

type LoadOption = string | readonly string[] | { readonly select?: string };

const loadPaths = (option?: LoadOption): string[] => {
  const text =
    option === undefined
      ? ""
      : typeof option === "string"
        ? option
        : Array.isArray(option)
          ? option.join(",")
          : ((option as { select?: string }).select ?? "");
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
};

/**
 * A proxy, as Office.js gives them: setting a property or calling a method queues an operation; reading a
 * property works only once it was loaded and a sync has run, and throws PropertyNotLoaded otherwise.
 */
export abstract class FakeClientObject<T> {
  readonly _id: number;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined = false;
  private readonly navigations = new Map<string, FakeClientObject<unknown>>();

  constructor(
    protected readonly context: FakeRequestContext,
    private readonly resolveTarget: Resolver<T>
  ) {
    this._id = context.newProxyId();
  }

  /** The properties `load` can fetch. */
  protected abstract readonly scalarNames: readonly string[];
  /** A property's current value in the workbook. */
  protected abstract readScalar(name: string, target: T): unknown;
  /** A navigation property (`range.format`), for load paths such as "format/fill/color". */
  protected navigation(name: string): FakeClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  /** True when a ...OrNullObject method found nothing; known only after a sync. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  /** Queues loading these properties (comma-separated, or paths through navigation properties). */
  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.context.enqueue({ o: this._id, n: "load", a: paths }, () => this._loadNow(paths));
    return this;
  }

  /** Applies a load while a request is applied. */
  _loadNow(paths: readonly string[]): void {
    const target = this.resolveTarget();
    if (target === null) {
      this.nullState = true;
      return;
    }
    const wanted = paths.length === 0 ? this.scalarNames : paths;
    for (const path of wanted) {
      const [head = "", ...rest] = path.split("/");
      if (rest.length === 0 && this.scalarNames.includes(head)) {
        const value = this.readScalar(head, this.target());
        this.context.respond(value);
        this.loaded.set(head, value);
        continue;
      }
      const nav = this.navigation(head);
      if (!nav)
        throw new FakeOfficeError(
          "InvalidArgument",
          `The property '${head}' does not exist on this object.`
        );
      nav._loadNow(rest.length > 0 ? [rest.join("/")] : []);
    }
  }

  /** Marks a proxy made by an ...OrNullObject method: its isNullObject is known after the sync. */
  _awaitNullState(): void {
    this.nullState = undefined;
  }
  _settle(isNull: boolean): void {
    this.nullState = isNull;
  }

  /** The object in the workbook; only while a request is applied. */
  protected target(): T {
    if (!this.context.isExecuting)
      throw new Error("fake Excel: a proxy looked at the workbook outside a sync");
    const target = this.resolveTarget();
    if (target === null)
      throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return target;
  }

  /** A loaded property's value, or PropertyNotLoaded. */
  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Queues setting a property. */
  protected queueSet(name: string, value: unknown, apply: (target: T) => void): void {
    this.context.enqueue({ o: this._id, n: name, a: value, set: true }, () => apply(this.target()));
  }

  /** Queues a method call that returns nothing. */
  protected queueCall(name: string, args: readonly unknown[], apply: (target: T) => void): void {
    this.context.enqueue({ o: this._id, n: name, a: args }, () => apply(this.target()));
  }

  /** Queues a method call that returns another object: the returned proxy finds it once the call was applied. */
  protected spawn<C extends FakeClientObject<X>, X>(
    name: string,
    args: readonly unknown[],
    make: new (context: FakeRequestContext, resolve: Resolver<X>) => C,
    compute: (target: T) => X | null,
    options: { readonly nullable: boolean } = { nullable: false }
  ): C {
    let slot: X | null | undefined;
    const child = new make(this.context, () => {
      if (slot === undefined)
        throw new Error("fake Excel: an object was used before the call that makes it");
      return slot;
    });
    if (options.nullable) child._awaitNullState();
    this.context.enqueue({ o: this._id, n: name, a: args, r: child._id }, () => {
      slot = compute(this.target());
      if (slot === null && !options.nullable)
        throw new FakeOfficeError(
          "ItemNotFound",
          `The requested resource doesn't exist (${name} ${JSON.stringify(args)}).`
        );
      child._settle(slot === null);
    });
    return child;
  }

  /** The same proxy each time for a navigation property, as Office.js does. */
  protected navigate<C extends FakeClientObject<unknown>>(name: string, make: () => C): C {
    const known = this.navigations.get(name);
    if (known) return known as C;
    const made = make();
    this.navigations.set(name, made);
    return made;
  }
}

/** A collection proxy: `items` after loading it (or any item property: "name", "items/name"). */
export abstract class FakeCollection<I extends FakeClientObject<X>, X> extends FakeClientObject<
  readonly X[]
> {
  private itemProxies: I[] | undefined;
  protected readonly scalarNames: readonly string[] = [];

  protected abstract makeItem(resolve: Resolver<X>): I;

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `A collection has no property '${name}'.`);
  }

  get items(): I[] {
    if (!this.itemProxies) throw propertyNotLoaded("items");
    return this.itemProxies;
  }

  override _loadNow(paths: readonly string[]): void {
    const targets = this.target();
    const itemPaths = paths
      .map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice("items/".length) : p))
      .filter((p) => p !== "");
    this.itemProxies = targets.map((t) => {
      const item = this.makeItem(() => t);
      item._loadNow(itemPaths);
      return item;
    });
  }
}

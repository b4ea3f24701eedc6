import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError } from "./office-error";
import { FakeNamedItemCollection } from "./named-items";
import { FakeSettingCollection } from "./settings";
import { FakeTableCollection } from "./tables";
import type { WorkbookState } from "./workbook-state";
import { FakeWorksheetCollection } from "./worksheet-collection";

/** Excel.Application: the suspend calls that make a bulk write one calculation, not thousands. */
export class FakeApplication extends FakeClientObject<WorkbookState> {
  protected readonly scalarNames: readonly string[] = [];
  protected readScalar(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", name);
  }
  /** Calculation waits until the next sync's operations are all applied. */
  suspendApiCalculationUntilNextSync(): void {
    this.queueCall("suspendApiCalculationUntilNextSync", [], () =>
      this.context.suspendCalculation()
    );
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.queueCall("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}

/** Excel.DocumentProperties (title and subject). */
export class FakeDocumentProperties extends FakeClientObject<WorkbookState> {
  protected readonly scalarNames = ["title", "subject"];
  protected readScalar(name: string, state: WorkbookState): unknown {
    return name === "title" ? state.properties.title : state.properties.subject;
  }
  get title(): string {
    return this.loadedValue("title");
  }
  set title(value: string) {
    this.queueSet("title", value, (state) => (state.properties.title = value));
  }
  get subject(): string {
    return this.loadedValue("subject");
  }
  set subject(value: string) {
    this.queueSet("subject", value, (state) => (state.properties.subject = value));
  }
}

/** Excel.Workbook: its sheets, tables, names, settings, properties and application. */
export class FakeWorkbook extends FakeClientObject<WorkbookState> {
  protected readonly scalarNames: readonly string[] = [];
  protected readScalar(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", name);
  }
  constructor(context: FakeRequestContext) {
    super(context, () => context.state);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return (
      {
        worksheets: this.worksheets,
        tables: this.tables,
        names: this.names,
        settings: this.settings,
        properties: this.properties,
      } as Record<string, FakeClientObject<unknown>>
    )[name];
  }
  get worksheets(): FakeWorksheetCollection {
    return this.navigate("worksheets", () => new FakeWorksheetCollection(this.context));
  }
  get tables(): FakeTableCollection {
    return this.navigate("tables", () => new FakeTableCollection(this.context, undefined));
  }
  get names(): FakeNamedItemCollection {
    return this.navigate("names", () => new FakeNamedItemCollection(this.context));
  }
  get settings(): FakeSettingCollection {
    return this.navigate("settings", () => new FakeSettingCollection(this.context));
  }
  get properties(): FakeDocumentProperties {
    return this.navigate(
      "properties",
      () => new FakeDocumentProperties(this.context, () => this.context.state)
    );
  }
  get application(): FakeApplication {
    return this.navigate(
      "application",
      () => new FakeApplication(this.context, () => this.context.state)
    );
  }
}

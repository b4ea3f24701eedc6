import type { FakeStats } from "./fake-stats";
import { FakeOfficeError } from "./office-error";
import type { WorkbookState } from "./workbook-state";

/** The per-request limits and the formula calculator of a fake Excel. */
export interface FakeExcelOptions {
  /** Excel on the web refuses a request whose payload is larger than 5 MB. */
  readonly requestLimitBytes: number;
  /** ... and a response larger than 5 MB. */
  readonly responseLimitBytes: number;
  /**
   * The fake does not evaluate Excel formulas: a formula cell reads as what this returns (by default "",
   * as a formula that was written but never calculated).
   */
  readonly calculate: (formula: string, sheet: string, cell: string) => string | number | boolean;
}

/** An operation as a proxy describes it: on object o, name n, arguments a; r is the object a call returns. */
export interface OperationRecord {
  readonly o: number;
  readonly n: string;
  readonly a?: unknown;
  readonly r?: number;
  /** A property set (its value is a) rather than a method call (its arguments are a). */
  readonly set?: boolean;
}

/** One queued operation: what goes over the wire (record) and what Excel does with it (apply). */
interface QueuedOperation {
  readonly record: OperationRecord;
  readonly apply: () => void;
}

/**
 * The request as Office.js puts it on the wire: actions (set a property, call a method, load, instantiate)
 * and the object paths of objects that methods return. Navigation properties' own paths are left out.
 */
const wireFormat = (operations: readonly QueuedOperation[]): unknown => {
  const actions: unknown[] = [];
  const objectPaths: Record<string, unknown> = {};
  let id = 1;
  for (const { record } of operations) {
    const args = record.set
      ? [record.a]
      : Array.isArray(record.a)
        ? record.a
        : record.a === undefined
          ? []
          : [record.a];
    if (record.r !== undefined) {
      objectPaths[String(record.r)] = {
        Id: record.r,
        ObjectPathType: 3,
        Name: record.n,
        ParentObjectPathId: record.o,
        ArgumentInfo: { Arguments: args },
      };
      actions.push({ Id: id++, ActionType: 1, Name: "", ObjectPathId: record.r });
    } else if (record.n === "load") {
      actions.push({
        Id: id++,
        ActionType: 2,
        Name: "",
        ObjectPathId: record.o,
        QueryInfo: { Select: args },
      });
    } else {
      actions.push({
        Id: id++,
        ActionType: record.set ? 4 : 3,
        Name: record.n,
        ObjectPathId: record.o,
        ArgumentInfo: { Arguments: args },
      });
    }
  }
  return { Actions: actions, ObjectPaths: objectPaths };
};

const utf8 = new TextEncoder();

/** The byte size of a value serialised as JSON, as a request or response carries it. */
export const jsonBytes = (value: unknown): number =>
  utf8.encode(JSON.stringify(value) ?? "").length;

/**
 * The fake's RequestContext: proxies queue operations here; `sync()` sends them as one request (counted, and
 * refused above the payload limit), applies them in order to the workbook, and stops at the first that fails,
 * as Excel does (what went before stays applied).
 */
export class FakeRequestContext {
  private queue: QueuedOperation[] = [];
  private nextProxyId = 1;
  private executing = false;
  private calculationSuspended = false;
  private response = 0;

  constructor(
    readonly state: WorkbookState,
    readonly stats: FakeStats,
    readonly options: FakeExcelOptions
  ) {}

  /** A new id for a proxy object (the object path Office.js would send). */
  newProxyId(): number {
    return this.nextProxyId++;
  }

  /** True while a request is being applied: only then may a proxy look at the workbook. */
  get isExecuting(): boolean {
    return this.executing;
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(record: QueuedOperation["record"], apply: () => void): void {
    this.queue.push({ record, apply });
  }

  /** Counts loaded data into the response of the request being applied. */
  respond(value: unknown): void {
    this.response += jsonBytes(value);
  }

  /** Records cells written by values or formulas, to tell whether calculation was suspended first. */
  wroteCells(count: number): void {
    if (!this.calculationSuspended) this.stats.cellsWrittenWithCalculationOn += count;
  }

  suspendCalculation(): void {
    this.calculationSuspended = true;
    this.stats.calculationSuspensions++;
  }

  /** Sends the queued operations to "Excel" as one request. */
  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    const bytes = jsonBytes(wireFormat(operations));
    this.stats.syncs++;
    this.stats.requestBytes.push(bytes);
    await Promise.resolve();
    if (bytes > this.options.requestLimitBytes) {
      this.stats.responseBytes.push(0);
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit (${this.options.requestLimitBytes} bytes).`
      );
    }
    this.executing = true;
    this.response = 0;
    try {
      for (const op of operations) op.apply();
    } finally {
      this.executing = false;
      this.calculationSuspended = false;
      this.stats.responseBytes.push(this.response);
    }
    if (this.response > this.options.responseLimitBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${this.response} bytes) has exceeded the limit (${this.options.responseLimitBytes} bytes).`
      );
    }
  }
}

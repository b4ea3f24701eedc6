/**
 * What one queued operation costs besides its data: Office.js sends an action record (about 90 bytes) and,
 * for an object a method returns, its object path (about 110 more).
 */
export const OPERATION_BYTES = 200;

/** The UTF-8 byte size of a value as JSON, which is how Office.js sends it. */
export const jsonBytes = (value: unknown): number => {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
};

/**
 * Keeps each request under the payload budget: operations are queued freely, each after `reserve` with its
 * estimated size, and a sync happens only when the next operation would take the request over the budget.
 * During bulk writes, calculation is suspended again at the start of every request.
 */
export class PayloadBatch {
  private pending = 0;
  private bulk = false;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget: number
  ) {}

  /** Makes room for `operations` operations carrying about `bytes` of data between them. */
  async reserve(bytes = 0, operations = 1): Promise<void> {
    const size = bytes + operations * OPERATION_BYTES;
    if (this.pending > 0 && this.pending + size > this.budget) await this.sync();
    this.pending += size;
  }

  /** Suspends calculation until the next sync, and again after each sync until `sync` is called with end. */
  async beginBulk(): Promise<void> {
    this.bulk = true;
    await this.reserve();
    this.context.workbook.application.suspendApiCalculationUntilNextSync();
  }

  /** Sends what is queued. */
  async sync(options: { readonly endBulk?: boolean } = {}): Promise<void> {
    await this.context.sync();
    this.pending = 0;
    if (options.endBulk) this.bulk = false;
    if (this.bulk) {
      this.pending = OPERATION_BYTES;
      this.context.workbook.application.suspendApiCalculationUntilNextSync();
    }
  }

  /** The largest piece of data one operation may carry, so that it always fits a request of its own. */
  get pieceBytes(): number {
    return Math.max(1024, Math.floor(this.budget / 2) - 4 * OPERATION_BYTES);
  }
}

import type { SheetSpec } from "../../core/layout";
import { sheetOrder } from "../../core/format";
import { PayloadBatch } from "./payload-batch";
import { protectSheets } from "./protect-sheets";
import { queueSheet } from "./queue-sheet";

export interface WriteSheetsOptions {
  readonly budget: number;
  /** Put the sheets in spec order at the front and delete every other sheet that is empty (a new workbook's Sheet1). */
  readonly wholeWorkbook: boolean;
  readonly properties?: { readonly title: string; readonly subject: string };
  /** Activate this sheet at the end. */
  readonly activate?: string;
}

const TEMPORARY = "kpi-reporter-replacing";

/**
 * Where each of these sheets goes among the workbook's once they are written, as the format places them
 * (core/format sheetOrder: the place of the sheet it replaces, or after the last visible sheet), in that order.
 */
export const sheetPositions = (
  existing: readonly { readonly name: string; readonly visibility: string }[],
  specs: readonly SheetSpec[]
): { readonly name: string; readonly at: number }[] => {
  const order = sheetOrder(
    existing.map((ws) => ({ name: ws.name, visible: ws.visibility === "Visible" })),
    specs.map((spec) => ({ name: spec.name, visible: spec.visibility === "visible" }))
  ).map((sheet) => sheet.name.toLowerCase());
  return specs
    .map((spec) => ({ name: spec.name, at: order.indexOf(spec.name.toLowerCase()) }))
    .sort((a, b) => a.at - b.at);
};

/**
 * Replaces the sheets of these names (each keeps its place, or goes after the last visible sheet, or in spec
 * order for a whole workbook) in a constant number of requests: one to list the sheets, the bulk write (more only when it would
 * exceed the payload budget), one to order and tidy, one to protect. Returns the sheets that could not be protected.
 */
export const writeSheets = async (
  context: Excel.RequestContext,
  specs: readonly SheetSpec[],
  options: WriteSheetsOptions
): Promise<string[]> => {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/position, items/visibility");
  await context.sync();

  const wanted = new Set(specs.map((s) => s.name.toLowerCase()));
  const existing = worksheets.items;
  const replaced = existing.filter((ws) => wanted.has(ws.name.toLowerCase()));
  const others = existing.filter((ws) => !wanted.has(ws.name.toLowerCase()));

  const batch = new PayloadBatch(context, options.budget);
  await batch.beginBulk();
  await batch.reserve(0, 2 + replaced.length + 2 * others.length);
  const needsStandIn = replaced.length > 0 && !others.some((ws) => ws.visibility === "Visible");
  if (needsStandIn) worksheets.add(TEMPORARY);
  for (const ws of replaced) ws.delete();
  const blanks = options.wholeWorkbook ? others.map((ws) => ws.getUsedRangeOrNullObject()) : [];
  for (const spec of specs) {
    await batch.reserve(JSON.stringify(spec.name).length);
    await queueSheet(batch, worksheets.add(spec.name), spec);
  }
  await batch.sync({ endBulk: true });

  if (needsStandIn) worksheets.getItem(TEMPORARY).delete();
  if (options.wholeWorkbook) {
    specs.forEach((spec, i) => (worksheets.getItem(spec.name).position = i));
    others.forEach((ws, i) => {
      if (blanks[i]?.isNullObject) ws.delete();
    });
  } else {
    for (const { name, at } of sheetPositions(existing, specs))
      worksheets.getItem(name).position = at;
  }
  if (options.properties) {
    context.workbook.properties.title = options.properties.title;
    context.workbook.properties.subject = options.properties.subject;
  }
  if (options.activate) worksheets.getItem(options.activate).activate();
  await context.sync();

  return protectSheets(
    context,
    specs.filter((s) => s.protect).map((s) => s.name)
  );
};

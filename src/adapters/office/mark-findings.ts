import { CellMark, SheetSpec } from "../../core/layout";
import { FINDING_FILLS, FINDING_MARKER, findingsSheetNames, toHexColor } from "../../core/format";
import { PayloadBatch } from "./payload-batch";
import { protectSheets, unprotectSheets } from "./protect-sheets";
import { queueSheet } from "./queue-sheet";
import { sheetPositions } from "./write-sheets";

/** The highlight marker as Office.js reads and writes a custom conditional format's formula, with its "=". */
export const MARKER_FORMULA = `=${FINDING_MARKER}`;

/**
 * Replaces the previous run's findings sheet and highlights with these, in a constant number of requests:
 * list the sheets; list their conditional formats; read the custom ones' formulas; lift protection where
 * highlights change; the bulk write; protection again. Sheets whose protection has a password keep their
 * highlights as they were (Excel answers AccessDenied) and are returned.
 */
export const markFindings = (
  context: Excel.RequestContext,
  sheet: SheetSpec,
  marks: readonly CellMark[],
  budget: number
): Promise<string[]> => replaceFindings(context, sheet, marks, budget);

/**
 * Removes the previous run's findings sheet (in whichever language it was written) and highlights, and nothing else, in the requests markFindings makes
 * (fewer when there is nothing to remove). Returns the sheets whose protection refused it.
 */
export const clearFindings = (context: Excel.RequestContext, budget: number): Promise<string[]> =>
  replaceFindings(context, undefined, [], budget);

const replaceFindings = async (
  context: Excel.RequestContext,
  sheet: SheetSpec | undefined,
  marks: readonly CellMark[],
  budget: number
): Promise<string[]> => {
  const worksheets = context.workbook.worksheets.load(
    "items/name, items/visibility, items/protection/protected"
  );
  await context.sync();

  // The findings sheet of an earlier run, in any of the six languages (and this run's own name).
  const names = new Set(
    [...findingsSheetNames(), ...(sheet ? [sheet.name] : [])].map((n) => n.toLowerCase())
  );
  const sheets = worksheets.items.filter((ws) => !names.has(ws.name.toLowerCase()));
  const previous = worksheets.items.filter((ws) => names.has(ws.name.toLowerCase()));
  const formats = sheets.map((ws) => ws.getRange().conditionalFormats.load("items/type"));
  await context.sync();

  const custom = formats.map((collection) =>
    collection.items
      .filter((cf) => cf.type === "Custom")
      .map((cf) => ({ cf, rule: cf.custom.rule.load("formula") }))
  );
  if (custom.some((list) => list.length > 0)) await context.sync();
  const ours = custom.map((list) =>
    list.filter(({ rule }) => rule.formula === MARKER_FORMULA).map(({ cf }) => cf)
  );

  const marked = new Set(marks.map((m) => m.sheet.toLowerCase()));
  const touched = sheets.filter(
    (ws, i) => (ours[i]?.length ?? 0) > 0 || marked.has(ws.name.toLowerCase())
  );
  const locked = touched.filter((ws) => ws.protection.protected);
  const denied = new Set(
    (
      await unprotectSheets(
        context,
        locked.map((ws) => ws.name)
      )
    ).map((name) => name.toLowerCase())
  );

  const batch = new PayloadBatch(context, budget);
  await batch.beginBulk();
  for (const [i, ws] of sheets.entries()) {
    if (denied.has(ws.name.toLowerCase())) continue;
    for (const cf of ours[i] ?? []) {
      await batch.reserve();
      cf.delete();
    }
  }
  for (const ws of previous) ws.delete();
  for (const mark of marks) {
    const ws = sheets.find((s) => s.name.toLowerCase() === mark.sheet.toLowerCase());
    if (!ws || denied.has(ws.name.toLowerCase())) continue;
    await batch.reserve(mark.cell.length + MARKER_FORMULA.length + 16, 4);
    const cf = ws.getRange(mark.cell).conditionalFormats.add("Custom");
    cf.custom.rule.formula = MARKER_FORMULA;
    cf.custom.format.fill.color = toHexColor(FINDING_FILLS[mark.severity]);
  }
  if (sheet) {
    await batch.reserve();
    const findings = worksheets.add(sheet.name);
    await queueSheet(batch, findings, sheet);
    // Where the format places a new sheet (where the last run's was, else after the last visible sheet).
    // The earlier run's sheet, in whichever language, is the place this one takes; other copies are gone.
    const placed = worksheets.items.flatMap((ws) =>
      !names.has(ws.name.toLowerCase())
        ? [ws]
        : ws === previous[0]
          ? [{ name: sheet.name, visibility: ws.visibility }]
          : []
    );
    for (const { at } of sheetPositions(placed, [sheet])) {
      await batch.reserve();
      findings.position = at;
    }
    if (sheet.visibility === "visible") findings.activate();
  }
  await batch.sync({ endBulk: true });

  const reprotect = locked.filter((ws) => !denied.has(ws.name.toLowerCase())).map((ws) => ws.name);
  const unprotected = await protectSheets(
    context,
    sheet?.protect ? [...reprotect, sheet.name] : reprotect
  );
  return [...denied, ...unprotected.map((n) => n.toLowerCase())].map(
    (lower) => worksheets.items.find((ws) => ws.name.toLowerCase() === lower)?.name ?? lower
  );
};

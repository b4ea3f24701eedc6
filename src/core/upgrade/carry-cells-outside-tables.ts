import { SheetSpec, TextCell, WorkbookSpec } from "../layout";
import { a1, decodeRange } from "../format";
import type { Snapshot } from "../snapshot";
import { entryValue } from "../submission";
import { because, Carried, NotPlaced } from "./not-placed";

/** Zero-based row and column of an A1 address (-1, -1 for anything else). */
const decode = (address: string): [number, number] => {
  const at = decodeRange(address);
  return at ? [at.top, at.left] : [-1, -1];
};

const NOWHERE = { top: -1, left: -1, bottom: -1, right: -1 };

/**
 * Puts the cells a user keeps outside our tables on a rebuilt sheet (a note beneath a table, a row of their own)
 * back on the new sheet, as plain values at the same address, moved down by as many rows as a table above them
 * grew. Where the rebuilt sheet has its own text cell (Instructions) the cell is ours and is rewritten; where a
 * table now covers the address, the value is reported as not placed. Formatting of such cells is not carried.
 */
export const carryCellsOutsideTables = (
  before: Snapshot,
  spec: WorkbookSpec
): { readonly spec: WorkbookSpec; readonly carried: Carried } => {
  let placed = 0;
  const notPlaced: NotPlaced[] = [];
  const sheets = spec.sheets.map((sheet): SheetSpec => {
    const cells = (before.cells ?? []).filter((c) => c.sheet === sheet.name);
    if (cells.length === 0) return sheet;
    const ours = new Set(sheet.cells.map((c) => c.address.toUpperCase()));
    const areas = sheet.tables.map((t) => decodeRange(t.ref) ?? NOWHERE);
    const growth = sheet.tables.map((t, i) => {
      const old = before.tables.find((o) => o.name === t.name && o.sheet === sheet.name);
      const area = areas[i];
      if (!old || !area) return null;
      const [headerRow] = decode(old.headerAddresses[0] ?? "A1");
      const oldBottom = headerRow + Math.max(old.rows.length, 1);
      return { below: oldBottom, by: Math.max(0, area.bottom - oldBottom) };
    });
    const added: TextCell[] = [];
    for (const cell of cells) {
      if (ours.has(cell.cell.toUpperCase())) continue;
      const [row, col] = decode(cell.cell);
      const shift = growth.reduce((n, g) => (g && row > g.below ? n + g.by : n), 0);
      const covered = areas.some(
        (a) => row + shift >= a.top && row + shift <= a.bottom && col >= a.left && col <= a.right
      );
      const value = entryValue(cell.value);
      if (covered || row < 0) {
        notPlaced.push({
          sheet: cell.sheet,
          cell: cell.cell,
          rowId: "",
          column: "",
          value,
          ...because("upgrade.why.tableCovers"),
        });
        continue;
      }
      added.push({ address: a1(row + shift, col), value, style: "plain" });
      placed += 1;
    }
    return { ...sheet, cells: [...sheet.cells, ...added] };
  });
  return { spec: { ...spec, sheets }, carried: { placed, notPlaced } };
};

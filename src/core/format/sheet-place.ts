/** A sheet as placement sees it: its name and whether officers see its tab. */
export interface PlacedSheet {
  readonly name: string;
  readonly visible: boolean;
}

/**
 * Where a sheet goes among these: where a sheet of its name (in any case) already is, which it replaces;
 * otherwise after the last visible sheet, before hidden ones such as `_kpi_meta`.
 */
export const sheetPlace = (sheets: readonly PlacedSheet[], name: string): number => {
  const lower = name.toLowerCase();
  const at = sheets.findIndex((s) => s.name.toLowerCase() === lower);
  if (at >= 0) return at;
  for (let i = sheets.length - 1; i >= 0; i--) if (sheets[i]?.visible) return i + 1;
  return 0;
};

/**
 * The sheets' order once these are added or replace theirs, one after the other, each placed by sheetPlace;
 * the names of the added ones as given, the others' as they were.
 */
export const sheetOrder = (
  sheets: readonly PlacedSheet[],
  added: readonly PlacedSheet[]
): PlacedSheet[] => {
  const order = [...sheets];
  for (const sheet of added) {
    const place = sheetPlace(order, sheet.name);
    const replaced = order[place]?.name.toLowerCase() === sheet.name.toLowerCase();
    order.splice(place, replaced ? 1 : 0, sheet);
  }
  return order;
};

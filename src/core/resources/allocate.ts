import type { CellData } from "../snapshot";

/** Labels compared as a column header is: case and spacing ignored. */
export const labelKey = (label: string): string => label.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * How a row's money splits over the labels it is linked to (objectives for an output, goals for an objective):
 * where the officer entered any share on the row, each linked label gets its own share (a percentage, text
 * counting as 0); otherwise the links share equally. A label the row is not linked to gets nothing. This is the
 * `Allocated <label>` formula of docs/workbook-format.md, computed the same way.
 * @param linkCount how many link cells the row marks (the formula's divisor; a row repeated counts each time)
 */
export const allocate = (
  linked: ReadonlySet<string>,
  linkCount: number,
  shares: readonly { readonly label: string; readonly value: CellData }[]
): Map<string, number> => {
  const entered = shares.some((s) => typeof s.value === "number");
  const byLabel = new Map(shares.map((s) => [labelKey(s.label), s.value]));
  const allocation = new Map<string, number>();
  for (const label of linked) {
    const share = byLabel.get(label);
    allocation.set(
      label,
      entered ? (typeof share === "number" ? share / 100 : 0) : linkCount > 0 ? 1 / linkCount : 0
    );
  }
  return allocation;
};

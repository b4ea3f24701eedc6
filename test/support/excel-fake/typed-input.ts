import type { CellContent } from "./workbook-state";

/**
 * What Excel stores when a value is written through `Range.values` or `Range.formulas`, as if typed: "=..." is
 * a formula, a leading apostrophe keeps text as text (and is dropped), text that reads as a number, a
 * percentage, an ISO date or TRUE/FALSE is converted. `null` leaves the cell as it was (undefined here);
 * "" clears it (null here).
 */
export const typedInput = (input: unknown): CellContent | null | undefined => {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new TypeError("not a finite number");
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") throw new TypeError(`cannot write ${typeof input}`);
  if (input === "") return null;
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { value: "", formula: input.slice(1) };
  const text = input.trim();
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  const number = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)
    ? Number(text)
    : /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)
      ? Number(text.replace(/,/g, ""))
      : undefined;
  if (number !== undefined) return { value: number };
  const percent = /^([+-]?(\d+\.?\d*|\.\d+))\s*%$/.exec(text);
  if (percent) return { value: Number(percent[1]) / 100 };
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) {
    const serial =
      (Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) - Date.UTC(1899, 11, 30)) /
      86_400_000;
    if (Number.isFinite(serial) && serial > 0) return { value: serial };
  }
  return { value: input };
};

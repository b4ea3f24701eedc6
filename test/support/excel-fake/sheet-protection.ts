import type { CellBlock } from "./cell-address";
import { FakeOfficeError } from "./office-error";
import { formatAt, SheetState } from "./workbook-state";

const denied = (sheet: SheetState, what: string): FakeOfficeError =>
  new FakeOfficeError(
    "AccessDenied",
    `The cell or chart you're trying to change is on a protected sheet (${sheet.name}): ${what}.`
  );

/** What a protected sheet still allows, by the option that protect() was given. */
export type ProtectedChange =
  "values" | "formatCells" | "formatColumns" | "formatRows" | "structure";

/**
 * Throws AccessDenied as Excel does when a change is not allowed on a protected sheet: values only in unlocked
 * cells, formats only where allowFormatCells/allowFormatColumns was given, never tables, validation or
 * conditional formats.
 */
export const assertChangeAllowed = (
  sheet: SheetState,
  block: CellBlock,
  change: ProtectedChange
): void => {
  const protection = sheet.protection;
  if (!protection) return;
  switch (change) {
    case "values":
      for (let r = block.top; r < block.top + block.rows; r++)
        for (let c = block.left; c < block.left + block.columns; c++)
          if (formatAt(sheet, r, c).locked !== false) throw denied(sheet, "a locked cell");
      return;
    case "formatCells":
      if (protection.options["allowFormatCells"] !== true) throw denied(sheet, "formatting cells");
      return;
    case "formatColumns":
      if (protection.options["allowFormatColumns"] !== true)
        throw denied(sheet, "formatting columns");
      return;
    case "formatRows":
      if (protection.options["allowFormatRows"] !== true) throw denied(sheet, "formatting rows");
      return;
    case "structure":
      throw denied(sheet, "tables, data validation and conditional formats");
  }
};

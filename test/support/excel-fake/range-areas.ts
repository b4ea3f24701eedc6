import { blockName, CellBlock, parseBlock, sheetPrefix } from "./cell-address";
import { FakeClientObject } from "./client-object";
import { FakeDataValidation } from "./data-validation";
import { FakeOfficeError } from "./office-error";
import { FakeRangeFormat } from "./range-format";
import { liveSheet } from "./range-target";
import type { SheetState } from "./workbook-state";

/** What a RangeAreas proxy points at: several blocks of one sheet. */
export interface AreasTarget {
  readonly sheet: SheetState;
  readonly blocks: readonly CellBlock[];
}

/**
 * Excel refuses getRanges addresses of about 8,200 characters and more ("The argument is invalid or missing
 * or has an incorrect format", office-js issue #5198); the fake refuses above 8,192.
 */
export const MAX_AREAS_ADDRESS = 8_192;

/** Parses "A1:B2, D4" (comma- or semicolon-separated areas), as Worksheet.getRanges takes it. */
export const parseAreas = (address: string): CellBlock[] => {
  if (address.length > MAX_AREAS_ADDRESS)
    throw new FakeOfficeError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format."
    );
  return address.split(/[,;]/).map((part) => parseBlock(part));
};

/** Excel.RangeAreas (ExcelApi 1.9): several ranges of a sheet set at once; the fake models its data validation and format. */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected readonly scalarNames = ["address", "areaCount"];

  protected readScalar(name: string, t: AreasTarget): unknown {
    liveSheet(t.sheet);
    return name === "areaCount"
      ? t.blocks.length
      : t.blocks.map((b) => `${sheetPrefix(t.sheet.name)}!${blockName(b)}`).join(",");
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "dataValidation"
      ? this.dataValidation
      : name === "format"
        ? this.format
        : undefined;
  }

  /** The areas' format: a change applies to every area, as RangeAreas.format does (ExcelApi 1.9). */
  get format(): FakeRangeFormat {
    return this.navigate(
      "format",
      () =>
        new FakeRangeFormat(this.context, () => {
          const t = this.target();
          const [first] = t.blocks;
          if (!first) throw new FakeOfficeError("InvalidArgument", "no areas");
          return { sheet: t.sheet, block: first, areas: t.blocks };
        })
    );
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
  get dataValidation(): FakeDataValidation {
    return this.navigate(
      "dataValidation",
      () =>
        new FakeDataValidation(this.context, () => {
          const t = this.target();
          return t.blocks.map((block) => ({ sheet: t.sheet, block }));
        })
    );
  }
}

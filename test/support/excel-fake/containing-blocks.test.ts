import fc from "fast-check";
import { contains, type CellBlock } from "./cell-address";
import { ContainingBlocks } from "./containing-blocks";
import { replaceValidations } from "./data-validation";
import type { RangeTarget } from "./range-target";
import { newSheet, newWorkbookState, type ValidationState } from "./workbook-state";

/** A block of a small grid, so that random blocks often contain one another. */
const block: fc.Arbitrary<CellBlock> = fc.record({
  top: fc.integer({ min: 0, max: 7 }),
  left: fc.integer({ min: 0, max: 7 }),
  rows: fc.integer({ min: 1, max: 5 }),
  columns: fc.integer({ min: 1, max: 5 }),
});

describe("the in-memory Excel's index of blocks", () => {
  it("finds a containing block exactly when one of the blocks contains it (random blocks)", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 30 }), block, (blocks, inner) => {
        const items = blocks.map((b, order) => ({ block: b, order }));
        const index = new ContainingBlocks(items);
        expect(index.someContains(inner)).toBe(items.some((i) => contains(i.block, inner)));
        expect(index.someContains(inner, (i) => i.order % 2 === 0)).toBe(
          items.some((i) => contains(i.block, inner) && i.order % 2 === 0)
        );
      }),
      { numRuns: 2000 }
    );
  });

  it("replaces a sheet's rules as setting or clearing each area in turn does (random rules and areas)", () => {
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 20 }),
        fc.array(block, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (existing, areas, clearing) => {
          const state = newWorkbookState();
          const sheet = state.sheets[0] ?? newSheet(state, "Sheet1");
          const before: ValidationState[] = existing.map((b, i) => ({
            block: b,
            rule: { custom: { formula: `=${i}` } },
          }));
          sheet.validations.push(...before);
          const rule = { list: { source: "a,b" } };
          // One area after another, as the fake did before its index (and as Excel's result reads).
          const expected = [...before];
          for (const area of areas) {
            const kept = expected.filter((v) => !contains(area, v.block));
            expected.splice(0, expected.length, ...kept);
            if (!clearing) expected.push({ block: area, rule });
          }
          const targets: RangeTarget[] = areas.map((area) => ({ sheet, block: area }));
          replaceValidations(targets, clearing ? undefined : (b) => ({ block: b, rule }));
          expect(sheet.validations).toEqual(expected);
        }
      ),
      { numRuns: 2000 }
    );
  });
});

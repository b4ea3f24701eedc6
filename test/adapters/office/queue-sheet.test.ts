import { groupValidations, MAX_AREAS_ADDRESS } from "../../../src/adapters/office/queue-sheet";
import type { RangeValidation, ValidationRule } from "../../../src/core/layout";

const decimal: ValidationRule = { kind: "decimal", min: 0, max: 100 };
const yesNo: ValidationRule = { kind: "list", values: ["Yes", "No"] };

describe("grouping a sheet's validations for Worksheet.getRanges", () => {
  it("sets each rule once over all its rows, merging runs of consecutive rows", () => {
    const rows: RangeValidation[] = [
      { range: "I2:Q2", rule: decimal },
      { range: "I3:Q3", rule: decimal },
      { range: "I4:Q4", rule: yesNo },
      { range: "I5:Q5", rule: decimal },
    ];
    expect(groupValidations(rows)).toEqual([
      { addresses: ["I2:Q3,I5:Q5"], rule: decimal },
      { addresses: ["I4:Q4"], rule: yesNo },
    ]);
  });

  it("splits a long group into addresses Excel accepts (it refuses about 8,200 characters)", () => {
    const rows: RangeValidation[] = Array.from({ length: 5_000 }, (_, i) => ({
      range: `I${2 + 2 * i}:Q${2 + 2 * i}`,
      rule: decimal,
    }));
    const [group] = groupValidations(rows);
    expect(group?.addresses.length).toBeGreaterThan(10);
    expect(Math.max(...(group?.addresses ?? []).map((a) => a.length))).toBeLessThanOrEqual(
      MAX_AREAS_ADDRESS
    );
    expect(group?.addresses.join(",").split(",")).toHaveLength(5_000);
  });
});

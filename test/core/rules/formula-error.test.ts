import { findingsOf } from "../../support/rule-harness";

describe("formula-error", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("formula-error")).toEqual([]);
  });

  it("reports a cell showing a formula error", () => {
    expect(findingsOf("formula-error", { "A KPIs!M2": { error: "#REF!" } })).toEqual([
      "A KPIs!M2: Target 2021 of A.kpi.1.1 shows the error #REF!",
    ]);
  });
});

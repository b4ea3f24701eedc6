import type { UpgradeOutcome } from "../../../src/app";
import { presentUpgrade, presentUpgradeOffer } from "../../../src/app/present";

const outcome: UpgradeOutcome = {
  planId: "p",
  fromVersion: "1.0.0",
  toVersion: "2.0.0",
  period: 2021,
  sectors: ["A", "B"],
  placed: 1,
  notPlaced: [
    {
      sheet: "A Outputs",
      cell: "B3",
      rowId: "A.out.2",
      column: "Output",
      value: "Publications",
      reason: "A.out.2 is not in plan p version 2.0.0",
    },
    {
      sheet: "A KPIs",
      cell: "B20",
      rowId: "",
      column: "",
      value: 12,
      reason: "the row below the table moved",
    },
  ],
  sheets: ["A KPIs", "Not placed"],
};

describe("presentUpgrade", () => {
  it("says what was rebuilt from which version, what was carried, and each value not placed", () => {
    const view = presentUpgrade("w.xlsx", outcome);
    expect(view).toEqual({
      rebuilt:
        "w.xlsx rebuilt from plan p version 2.0.0 (it was made from version 1.0.0), reporting year 2021, sectors A, B",
      carried: "carried 1 value, each to the same id and column",
      placement: "2 values not placed, listed on sheet 'Not placed':",
      notPlaced: [
        'A Outputs!B3 A.out.2 / Output: "Publications": A.out.2 is not in plan p version 2.0.0',
        "A KPIs!B20: 12: the row below the table moved",
      ],
    });
  });

  it("says every value has its place when none is left over, and names an unknown old version", () => {
    const view = presentUpgrade("w.xlsx", { ...outcome, fromVersion: "", notPlaced: [] });
    expect(view.placement).toBe("every value has its place");
    expect(view.rebuilt).toMatch(/made from version unknown/);
  });

  it("offers the update instead of replacing a workbook that holds the plan's workbook", () => {
    expect(presentUpgradeOffer("p")).toMatch(
      /^This workbook already holds a reporting workbook of plan p;/
    );
  });
});

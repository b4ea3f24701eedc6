import { buildAmountMatrixSheets } from "../../../src/core/matrix";
import { parseReport } from "../../../src/core/report";
import { rollUpResources } from "../../../src/core/resources";
import { gridValues } from "../../support/grid-values";
import { makePlan } from "../../support/make-plan";
import { cleanSnapshot } from "../../support/rule-harness";

const plan = makePlan({ resources: { currency: "CHF" } });
const sheets = () => {
  const parsed = parseReport(
    cleanSnapshot(
      {
        "A Resources!E2": 500,
        "A Resources!F2": 450,
        "A Resources!E3": 1000,
        "A Resources!F3": 500,
        "A Objective Resources!C3": null,
        "A Objectives!G3": "X",
        "B Resources!E2": 200,
      },
      plan
    ),
    () => plan
  );
  if (!parsed.ok) throw new Error(parsed.message);
  return buildAmountMatrixSheets(plan, rollUpResources(parsed.report, plan), 2021);
};

describe("the Part II matrix in amounts", () => {
  it("splits each objective's budget over its goals, with totals and execution per goal", () => {
    // Objective 2 now serves goals A and B: its 500 (half of A.out.2) splits equally.
    expect(gridValues(sheets()[0])).toEqual([
      [
        "Sector / objective",
        "Goal A",
        "Goal B",
        "Budget 2021 (CHF)",
        "Expenditure 2021 (CHF)",
        "Execution 2021",
      ],
      ["Sector A", "", "", "", "", ""],
      ["Objective 1", 1000, 0, 1000, 700, 0.7],
      ["Objective 2", 250, 250, 500, 250, 0.5],
      ["Sector B", "", "", "", "", ""],
      ["Objective 1", 0, 0, 200, 0, 0],
      ["Budget by goal", 1250, 250, 1700, 950, 950 / 1700],
      ["Expenditure by goal", 825, 125, 950, "", ""],
      ["Execution by goal", 825 / 1250, 0.5, 950 / 1500, "", ""],
    ]);
  });

  it("shows outputs by goal in amounts, flagging an output whose money reaches no goal", () => {
    const outputs = sheets()[1];
    expect(gridValues(outputs).slice(1, 6)).toEqual([
      ["Sector A", "", "", "", "", ""],
      ["Conference", 500, 0, 500, 450, 0.9],
      ["Publications", 750, 250, 1000, 500, 0.5],
      ["Sector B", "", "", "", "", ""],
      ["Study groups", 0, 0, 200, 0, 0],
    ]);
    expect(outputs?.grids?.[0]?.flagCells).toEqual(["A8"]);
  });
});

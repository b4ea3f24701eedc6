import {
  buildGoalMatrix,
  buildMatrixSheets,
  MATRIX_SHEET,
  OUTPUTS_BY_GOAL_SHEET,
} from "../../../src/core/matrix";
import { parseReport } from "../../../src/core/report";
import { gridValues } from "../../support/grid-values";
import { makePlan } from "../../support/make-plan";
import { cleanSnapshot } from "../../support/rule-harness";
import type { SnapshotEdits } from "../../support/spec-snapshot";

const plan = makePlan();
const sheetsOf = (edits: SnapshotEdits = {}) => {
  const parsed = parseReport(cleanSnapshot(edits), () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return buildMatrixSheets(buildGoalMatrix(parsed.report), plan);
};
const sheet = (edits: SnapshotEdits, name: string) => sheetsOf(edits).find((s) => s.name === name);

describe("buildMatrixSheets", () => {
  it("lays the Part II matrix out as Table 8.1, with totals and a flag for each gap", () => {
    const matrix = sheet({}, MATRIX_SHEET);
    expect(matrix?.cells[0]?.value).toBe("Table 8.1 - Objectives and goals");
    expect(gridValues(matrix)).toEqual([
      ["Sector / objective", "Goal A", "Goal B", "Goals linked", "Check"],
      ["A", "", "", "", ""],
      ["Objective 1", "X", "", 1, ""],
      ["Objective 2", "X", "", 1, ""],
      ["B", "", "", "", ""],
      ["Objective 1", "", "", 0, "No goal"],
      ["Objectives per goal", 2, 0, 2, ""],
      ["Check", "", "No objective", "", ""],
    ]);
  });

  it("shows the flagged cells in red: the objective with no goal and the goal with no objective", () => {
    const grid = sheet({}, MATRIX_SHEET)?.grids?.[0];
    // The grid starts at A3: B Objective 1 is on row 8, the Check row on row 10, Goal B in column C.
    expect(grid?.at).toBe("A3");
    expect([...(grid?.flagCells ?? [])].sort()).toEqual(["A8", "C10", "C3", "E8"]);
    expect(grid?.groupRows).toEqual([1, 4]);
  });

  it("follows the links officers edit, and drops a flag once the gap is closed", () => {
    const matrix = sheet({ "B Objectives!G2": "X", "A Objectives!F3": null }, MATRIX_SHEET);
    expect(gridValues(matrix)).toEqual([
      ["Sector / objective", "Goal A", "Goal B", "Goals linked", "Check"],
      ["A", "", "", "", ""],
      ["Objective 1", "X", "", 1, ""],
      ["Objective 2", "", "", 0, "No goal"],
      ["B", "", "", "", ""],
      ["Objective 1", "", "X", 1, ""],
      ["Objectives per goal", 1, 1, 2, ""],
      ["Check", "", "", "", ""],
    ]);
  });

  it("derives which outputs serve which goal through their objectives", () => {
    expect(gridValues(sheet({}, OUTPUTS_BY_GOAL_SHEET))).toEqual([
      ["Sector / output", "Goal A", "Goal B", "Goals served", "Check"],
      ["A", "", "", "", ""],
      ["Conference", "X", "", 1, ""],
      ["Publications", "X", "", 1, ""],
      ["B", "", "", "", ""],
      ["Study groups", "", "", 0, "No goal"],
      ["Outputs per goal", 2, 0, 2, ""],
      ["Check", "", "No output", "", ""],
    ]);
  });

  it("prints landscape on one page width, repeating the title and header rows", () => {
    const print = sheet({}, MATRIX_SHEET)?.print;
    expect(print).toMatchObject({
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: 1, last: 3 },
      pageNumbers: true,
    });
  });
});

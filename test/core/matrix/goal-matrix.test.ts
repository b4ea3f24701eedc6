import { buildGoalMatrix } from "../../../src/core/matrix";
import { parseReport } from "../../../src/core/report";
import { makePlan } from "../../support/make-plan";
import { cleanSnapshot } from "../../support/rule-harness";
import type { SnapshotEdits } from "../../support/spec-snapshot";

const plan = makePlan();
const matrixOf = (edits: SnapshotEdits = {}) => {
  const parsed = parseReport(cleanSnapshot(edits), () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return buildGoalMatrix(parsed.report);
};
const rows = (m: ReturnType<typeof buildGoalMatrix>, kind: "objectives" | "outputs") =>
  m[kind].map((r) => [
    r.sector,
    "objectiveId" in r ? r.objectiveId : r.outputId,
    ...r.links.map((l) => (l ? "X" : "")),
  ]);

describe("buildGoalMatrix", () => {
  it("reads the objective-goal links from the workbook, goal columns in plan order", () => {
    const m = matrixOf();
    expect(m.goals.map((g) => g.label)).toEqual(["Goal A", "Goal B"]);
    expect(rows(m, "objectives")).toEqual([
      ["A", "A.obj.1", "X", ""],
      ["A", "A.obj.2", "X", ""],
      ["B", "B.obj.1", "", ""],
    ]);
    expect(m.objectivesPerGoal).toEqual([2, 0]);
  });

  it("follows links officers edited, not the plan file", () => {
    const m = matrixOf({ "B Objectives!G2": "X", "A Objectives!F3": null });
    expect(rows(m, "objectives")).toEqual([
      ["A", "A.obj.1", "X", ""],
      ["A", "A.obj.2", "", ""],
      ["B", "B.obj.1", "", "X"],
    ]);
    expect(m.objectivesPerGoal).toEqual([1, 1]);
  });

  it("derives which outputs serve which goal through their objectives", () => {
    const m = matrixOf({ "B Objectives!G2": "X" });
    expect(rows(m, "outputs")).toEqual([
      ["A", "A.out.1", "X", ""],
      ["A", "A.out.2", "X", ""],
      ["B", "B.out.1", "", "X"],
    ]);
  });
});

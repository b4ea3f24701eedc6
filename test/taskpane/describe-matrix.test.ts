import { describeMatrix } from "../../src/taskpane/describe-matrix";

const summary = {
  planId: "itu-2012-2015",
  sheets: ["Part II Matrix", "Outputs by Goal"],
  goals: 4,
  objectives: 14,
  outputs: 60,
  objectivesWithoutGoal: [] as string[],
  goalsWithoutObjective: [] as string[],
};

describe("what the pane says once the Part II matrix is built", () => {
  it("gives the sheets and counts, and says when nothing is flagged", () => {
    expect(describeMatrix(summary, "in this workbook")).toEqual({
      sentence:
        "Built “Part II Matrix” and “Outputs by Goal” in this workbook: 14 objectives and 60 outputs against 4 goals. Every objective serves a goal and every goal is served.",
      flags: [],
    });
  });

  it("lists every objective with no goal and every goal with no objective, and says how to fix them", () => {
    const d = describeMatrix(
      {
        ...summary,
        objectives: 1,
        goals: 1,
        objectivesWithoutGoal: ["ITU-R Objective 2"],
        goalsWithoutObjective: ["Goal 3"],
      },
      "in report-matrix.xlsx"
    );
    expect(d.flags).toEqual([
      "ITU-R Objective 2 is linked to no goal.",
      "Goal 3 is served by no objective.",
    ]);
    expect(d.sentence).toBe(
      "Built “Part II Matrix” and “Outputs by Goal” in report-matrix.xlsx: 1 objective and 60 outputs against 1 goal. 2 gaps are flagged in red: fix the X marks on the Objectives sheets and build the matrix again."
    );
  });
});

import type { MatrixSummary } from "../../../src/app";
import { presentMatrix } from "../../../src/app/present";

const summary = (over: Partial<MatrixSummary> = {}): MatrixSummary => ({
  planId: "p",
  sheets: ["Part II Matrix", "Outputs by Goal"],
  goals: 7,
  objectives: 3,
  outputs: 1,
  objectivesWithoutGoal: [],
  goalsWithoutObjective: [],
  ...over,
});

describe("presentMatrix", () => {
  it("says which sheets were built and the counts, with plurals", () => {
    const view = presentMatrix(summary());
    expect(view.built).toBe(
      "sheets 'Part II Matrix' and 'Outputs by Goal' (3 objectives and 1 output against 7 goals)"
    );
    expect(view.flagged).toBeNull();
    expect(view.flags).toEqual([]);
    expect(view.verdict).toBe("Every objective serves a goal and every goal is served.");
  });

  it("flags each objective without a goal and each goal without an objective", () => {
    const view = presentMatrix(
      summary({
        objectivesWithoutGoal: ["A Objective 2"],
        goalsWithoutObjective: ["Goal 3", "Goal 4"],
      })
    );
    expect(view.flags).toEqual([
      "A Objective 2 is linked to no goal.",
      "Goal 3 is served by no objective.",
      "Goal 4 is served by no objective.",
    ]);
    expect(view.flagged).toBe(
      "Flagged: 1 of 3 objectives linked to no goal: A Objective 2; 2 of 7 goals served by no objective: Goal 3, Goal 4"
    );
    expect(view.verdict).toMatch(/^3 gaps are flagged in red/);
  });

  it("counts rather than names more than five gaps on one line", () => {
    const many = ["1", "2", "3", "4", "5", "6"].map((n) => `Goal ${n}`);
    expect(presentMatrix(summary({ goalsWithoutObjective: many })).flagged).toBe(
      "Flagged: 6 of 7 goals served by no objective"
    );
  });
});

import { isLinked } from "../report";
import type { Report } from "../report";
import { linkedObjectiveIds } from "../report";

/** One objective's row of the Part II matrix: its sector, and the goals it contributes to. */
export interface ObjectiveGoalRow {
  readonly sector: string;
  readonly objectiveId: string;
  readonly objective: string;
  /** Per goal, in the goal table's order: true where linked. */
  readonly links: readonly boolean[];
}

/** One output's row of the derived view: the goals it serves through its objectives. */
export interface OutputGoalRow {
  readonly sector: string;
  readonly outputId: string;
  readonly output: string;
  readonly links: readonly boolean[];
}

/** The Part II matrix as data: goals as columns, objectives (and, derived, outputs) as rows, with totals. */
export interface GoalMatrix {
  readonly goals: readonly { readonly id: string; readonly label: string }[];
  readonly objectives: readonly ObjectiveGoalRow[];
  readonly outputs: readonly OutputGoalRow[];
  /** Objectives linked to each goal, in goal order; a 0 is a goal no objective serves. */
  readonly objectivesPerGoal: readonly number[];
}

/**
 * Builds the goal-objective matrix from the workbook's own links (the X marks officers may have edited),
 * never from a fixed table, and derives which outputs serve which goal through their objectives.
 */
export const buildGoalMatrix = (report: Report): GoalMatrix => {
  const goals = (report.goals ?? []).map((g) => ({ id: g.id, label: g.label }));
  const column = new Map(goals.map((g, i) => [g.label.toLowerCase(), i]));
  const objectives: ObjectiveGoalRow[] = [];
  const outputs: OutputGoalRow[] = [];
  for (const sector of report.sectors) {
    const byObjective = new Map<string, boolean[]>();
    for (const objective of sector.objectives ?? []) {
      const links = goals.map(() => false);
      for (const cell of objective.goals) {
        const i = column.get(cell.column.toLowerCase());
        if (i !== undefined && isLinked(cell)) links[i] = true;
      }
      byObjective.set(objective.id, links);
      objectives.push({
        sector: sector.id,
        objectiveId: objective.id,
        objective: objective.label,
        links,
      });
    }
    for (const output of sector.outputs ?? []) {
      const links = goals.map((_, i) =>
        linkedObjectiveIds(sector, output).some((id) => byObjective.get(id)?.[i] === true)
      );
      outputs.push({ sector: sector.id, outputId: output.id, output: output.name, links });
    }
  }
  return {
    goals,
    objectives,
    outputs,
    objectivesPerGoal: goals.map((_, i) => objectives.filter((o) => o.links[i]).length),
  };
};

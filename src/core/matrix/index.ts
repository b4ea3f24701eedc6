export { buildGoalMatrix } from "./goal-matrix";
export type { GoalMatrix, ObjectiveGoalRow, OutputGoalRow } from "./goal-matrix";

export { buildGoalMatrix } from "./goal-matrix";
export type { GoalMatrix, ObjectiveGoalRow, OutputGoalRow } from "./goal-matrix";
export { goalTableRows, outputGoalRows } from "./goal-table-rows";
export type { MatrixRow } from "./goal-table-rows";
export {
  buildMatrixSheets,
  MATRIX_FLAGS,
  MATRIX_SHEET,
  OUTPUTS_BY_GOAL_SHEET,
} from "./build-matrix-sheets";
export {
  AMOUNT_MATRIX_SHEET,
  buildAmountMatrixSheets,
  OUTPUTS_BY_GOAL_AMOUNTS_SHEET,
} from "./build-amount-matrix-sheets";
export { matrixGridSheet, sectorGroupRows } from "./matrix-grid-sheet";

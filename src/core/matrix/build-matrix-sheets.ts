import { captionText, CellValue, gridCell, SheetSpec } from "../layout";
import type { Alignment } from "../layout";
import type { Plan } from "../plan";
import type { GoalMatrix } from "./goal-matrix";
import { goalTableRows, MatrixRow, outputGoalRows } from "./goal-table-rows";
import { matrixGridSheet, sectorGroupRows } from "./matrix-grid-sheet";

export const MATRIX_SHEET = "Part II Matrix";
export const OUTPUTS_BY_GOAL_SHEET = "Outputs by Goal";

/** The flag texts: what a reader sees in the Check column and row. */
export const MATRIX_FLAGS = {
  objectiveWithoutGoal: "No goal",
  outputWithoutGoal: "No goal",
  goalWithoutObjective: "No objective",
  goalWithoutOutput: "No output",
} as const;

interface MatrixSheetText {
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  readonly corner: string;
  readonly rowTotal: string;
  readonly columnTotal: string;
  readonly rowFlag: string;
  readonly columnFlag: string;
  readonly firstColumnWidth: number;
}

/**
 * One matrix sheet: the rows as the plan's table lays them out, then a total per row (goals linked) and a
 * flag where a row links to no goal, and below them a total per goal and a flag where a goal has no row.
 */
const matrixSheet = (
  plan: Plan,
  matrix: GoalMatrix,
  rows: readonly MatrixRow[],
  text: MatrixSheetText
): SheetSpec => {
  const goals = matrix.goals.length;
  const items = rows.filter((r) => r.kind === "item");
  const perGoal = matrix.goals.map((_, i) => items.filter((r) => r.cells[i + 1] !== "").length);
  const body: CellValue[][] = rows.map((r) =>
    r.kind === "sector"
      ? [...r.cells, null, null]
      : [...r.cells, r.marks, r.marks === 0 ? text.rowFlag : null]
  );
  const header: CellValue[] = [
    text.corner,
    ...matrix.goals.map((g) => g.label),
    text.rowTotal,
    "Check",
  ];
  const totals: CellValue[] = [
    text.columnTotal,
    ...perGoal,
    perGoal.reduce((a, b) => a + b, 0),
    null,
  ];
  const checks: CellValue[] = [
    "Check",
    ...perGoal.map((n) => (n === 0 ? text.columnFlag : null)),
    null,
    null,
  ];
  const gridRows = [header, ...body, totals, checks];
  const flagCells = [
    ...body.flatMap((r, i) =>
      r[goals + 2] === text.rowFlag ? [gridCell(i + 1, 0), gridCell(i + 1, goals + 2)] : []
    ),
    ...perGoal.flatMap((n, i) =>
      n === 0 ? [gridCell(gridRows.length - 1, i + 1), gridCell(0, i + 1)] : []
    ),
  ];
  const align: Alignment[] = [
    "left",
    ...matrix.goals.map((): Alignment => "center"),
    "center",
    "center",
  ];
  return matrixGridSheet(
    plan,
    text,
    {
      rows: gridRows,
      align,
      groupRows: sectorGroupRows(rows),
      totalRows: [gridRows.length - 2],
      flagCells,
    },
    [text.firstColumnWidth, ...matrix.goals.map(() => 12), 12, 14]
  );
};

/**
 * The matrix sheets of the reporting workbook, from the workbook's own links: the Part II matrix laid out as
 * the plan's goal table (Table 8.1), and the derived outputs x goals view no source document has. Each row and
 * goal carries a total, and a flag where it links to nothing.
 */
export const buildMatrixSheets = (matrix: GoalMatrix, plan: Plan): SheetSpec[] => [
  matrixSheet(plan, matrix, goalTableRows(matrix), {
    name: MATRIX_SHEET,
    title: captionText(plan.goalTable),
    subtitle:
      "Built from the X marks on the '<sector> Objectives' sheets; rebuilt by kpi-report matrix, so edit the links there, not here.",
    corner: plan.goalTable.rowHeader === "" ? "Sector / objective" : plan.goalTable.rowHeader,
    rowTotal: "Goals linked",
    columnTotal: "Objectives per goal",
    rowFlag: MATRIX_FLAGS.objectiveWithoutGoal,
    columnFlag: MATRIX_FLAGS.goalWithoutObjective,
    firstColumnWidth: 26,
  }),
  matrixSheet(plan, matrix, outputGoalRows(matrix), {
    name: OUTPUTS_BY_GOAL_SHEET,
    title: "Outputs by goal",
    subtitle:
      "Derived: an output serves a goal through the objectives it is linked to on the '<sector> Outputs' sheets.",
    corner: "Sector / output",
    rowTotal: "Goals served",
    columnTotal: "Outputs per goal",
    rowFlag: MATRIX_FLAGS.outputWithoutGoal,
    columnFlag: MATRIX_FLAGS.goalWithoutOutput,
    firstColumnWidth: 60,
  }),
];

import { sectorSheetName, type Language } from "../format";
import { translatorFor } from "../i18n";
import { CellValue, gridCell, SheetSpec } from "../layout";
import type { Alignment } from "../layout";
import type { Plan } from "../plan";
import type { GoalMatrix } from "./goal-matrix";
import { goalTableRows, MatrixRow, outputGoalRows } from "./goal-table-rows";
import { matrixGridSheet, sectorGroupRows } from "./matrix-grid-sheet";

export const MATRIX_SHEET = "Part II Matrix";
export const OUTPUTS_BY_GOAL_SHEET = "Outputs by Goal";

/** The flag texts in English: what a reader sees in the Check column and row (`matrix.grid.no*` in the catalogs). */
export const MATRIX_FLAGS = {
  objectiveWithoutGoal: "No goal",
  outputWithoutGoal: "No goal",
  goalWithoutObjective: "No objective",
  goalWithoutOutput: "No output",
} as const;

interface MatrixSheetText {
  readonly name: string;
  readonly language: Language;
  readonly check: string;
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
    text.check,
  ];
  const totals: CellValue[] = [
    text.columnTotal,
    ...perGoal,
    perGoal.reduce((a, b) => a + b, 0),
    null,
  ];
  const checks: CellValue[] = [
    text.check,
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
    [text.firstColumnWidth, ...matrix.goals.map(() => 12), 12, 14],
    text.language
  );
};

/** The command that rebuilds the matrix sheets, as their subtitles name it. */
export const MATRIX_COMMAND = "kpi-report matrix";

/**
 * The matrix sheets of the reporting workbook, from the workbook's own links: the Part II matrix laid out as
 * the plan's goal table (Table 8.1), and the derived outputs x goals view no source document has. Each row and
 * goal carries a total, and a flag where it links to nothing. Titles, headers, totals and flags are in `language`
 * (the plan's texts as the plan gives them); the sheets' names are the same in every language, so that a rebuild
 * in another language replaces them.
 */
export const buildMatrixSheets = (
  matrix: GoalMatrix,
  plan: Plan,
  language: Language = "en"
): SheetSpec[] => {
  const { t } = translatorFor(language);
  const sheetOf = (kind: "Objectives" | "Outputs"): string =>
    sectorSheetName({ id: "<sector>" }, kind, language);
  const caption = plan.goalTable;
  const check = t("matrix.grid.check");
  return [
    matrixSheet(plan, matrix, goalTableRows(matrix), {
      name: MATRIX_SHEET,
      language,
      check,
      title:
        caption.number === null
          ? caption.title
          : t("annex.caption", { number: caption.number, title: caption.title }),
      subtitle: t("matrix.subtitle.matrix", {
        objectivesSheet: sheetOf("Objectives"),
        command: MATRIX_COMMAND,
      }),
      corner: caption.rowHeader === "" ? t("matrix.grid.sectorObjective") : caption.rowHeader,
      rowTotal: t("matrix.grid.goalsLinked"),
      columnTotal: t("matrix.grid.objectivesPerGoal"),
      rowFlag: t("matrix.grid.noGoal"),
      columnFlag: t("matrix.grid.noObjective"),
      firstColumnWidth: 26,
    }),
    matrixSheet(plan, matrix, outputGoalRows(matrix), {
      name: OUTPUTS_BY_GOAL_SHEET,
      language,
      check,
      title: t("matrix.title.outputsByGoal"),
      subtitle: t("matrix.subtitle.outputsByGoal", { outputsSheet: sheetOf("Outputs") }),
      corner: t("matrix.grid.sectorOutput"),
      rowTotal: t("matrix.grid.goalsServed"),
      columnTotal: t("matrix.grid.outputsPerGoal"),
      rowFlag: t("matrix.grid.noGoal"),
      columnFlag: t("matrix.grid.noOutput"),
      firstColumnWidth: 60,
    }),
  ];
};

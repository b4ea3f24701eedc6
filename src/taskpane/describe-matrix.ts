import type { MatrixSummary } from "../app";

/** What the pane says once the Part II matrix is built: one sentence of counts, then each flag on its own line. */
export interface MatrixDescription {
  readonly sentence: string;
  readonly flags: readonly string[];
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Turns the matrix use case's summary into the pane's words: where the matrix went, its counts, and every
 * objective linked to no goal and every goal served by no objective (flagged in red on the sheet too).
 */
export const describeMatrix = (s: MatrixSummary, where: string): MatrixDescription => {
  const flags = [
    ...s.objectivesWithoutGoal.map((o) => `${o} is linked to no goal.`),
    ...s.goalsWithoutObjective.map((g) => `${g} is served by no objective.`),
  ];
  const counts = `${plural(s.objectives, "objective", "objectives")} and ${plural(s.outputs, "output", "outputs")} against ${plural(s.goals, "goal", "goals")}`;
  const sheets = s.sheets.map((n) => `“${n}”`).join(" and ");
  return {
    sentence:
      `Built ${sheets} ${where}: ${counts}. ` +
      (flags.length === 0
        ? "Every objective serves a goal and every goal is served."
        : `${plural(flags.length, "gap is", "gaps are")} flagged in red: fix the X marks on the Objectives sheets and build the matrix again.`),
    flags,
  };
};

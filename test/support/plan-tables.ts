import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatPlanFileError, parsePlanFile } from "../../src/core/plan";
import type { Objective, Output, Plan, Sector } from "../../src/core/plan";

/** A bundled plan, loaded the way the CLI loads it; a plan file that does not load fails the test with its messages. */
export const loadBundledPlan = (id: string): Plan => {
  const file = `plan-data/${id}.json`;
  const result = parsePlanFile(file, readFileSync(join(__dirname, "../..", file), "utf8"));
  if (!result.ok) throw new Error(result.errors.map(formatPlanFileError).join("\n"));
  return result.value;
};

/** The name cell of an output as Table X.1 prints it: the name, then its parenthetical where it has one. */
export const outputCell = (output: Output): string =>
  output.note === undefined ? output.name : `${output.name} ${output.note}`;

/**
 * A sector's Table X.1 as the plan holds it, laid out like the source: header row, then one row per output
 * with "X" under each objective it is linked to. `objectiveHeader` words a column header (default: the label).
 */
export const outputTableRows = (
  sector: Sector,
  objectiveHeader: (objective: Objective) => string = (o) => o.label
): string[][] => [
  [sector.outputTable.outputsHeader, ...sector.objectives.map(objectiveHeader)],
  ...sector.outputs.map((output) => [
    outputCell(output),
    ...sector.objectives.map((o) => (output.objectives.includes(o.id) ? "X" : "")),
  ]),
];

/**
 * The plan's goal table (Table 8.1) laid out like the source: the goal labels across, then for each sector a
 * row with its id and that sector's objective rows, "X" under each goal the objective contributes to.
 */
export const goalTableRows = (plan: Plan): string[][] => [
  [plan.goalTable.rowHeader, ...plan.goals.map((g) => g.label)],
  ...plan.sectors.flatMap((sector) => [
    [sector.id, ...plan.goals.map(() => "")],
    ...sector.objectives.map((o) => [
      o.label,
      ...plan.goals.map((g) => (o.goals.includes(g.id) ? "X" : "")),
    ]),
  ]),
];

import { translatorFor, type Translator } from "../../core/i18n";
import type { MatrixSummary } from "../build-matrix";
import { say } from "./say";

/** The matrix's outcome in words: what was built, each gap flagged, and a line of every gap or that there are none. */
export interface MatrixView {
  /** "sheets 'Part II Matrix' and 'Outputs by Goal' (3 objectives and 3 outputs against 7 goals)". */
  readonly built: string;
  /** Each objective linked to no goal and each goal served by no objective, one sentence each. */
  readonly flags: readonly string[];
  /** "Flagged: 2 of 3 objectives linked to no goal: ..." where there are gaps, otherwise null. */
  readonly flagged: string | null;
  /** What the gaps mean for the officer (they are flagged in red), or that every link is there. */
  readonly verdict: string;
}

// Past five, names would drown the line: the sheet flags each one anyway.
const NAMED_AT_MOST = 5;

const gap = (
  key: "matrix.objectivesWithoutGoal" | "matrix.goalsWithoutObjective",
  items: readonly string[],
  total: number,
  tr: Translator
): string[] =>
  items.length === 0
    ? []
    : [
        say(
          key,
          {
            count: items.length,
            total,
            named: items.length <= NAMED_AT_MOST ? "yes" : "no",
            names: items.join(", "),
          },
          tr
        ),
      ];

/** The Part II matrix's outcome as every front end words it. */
export const presentMatrix = (
  s: MatrixSummary,
  tr: Translator = translatorFor("en")
): MatrixView => {
  const flags = [
    ...s.objectivesWithoutGoal.map((objective) =>
      say("matrix.objectiveWithoutGoal", { objective }, tr)
    ),
    ...s.goalsWithoutObjective.map((goal) => say("matrix.goalWithoutObjective", { goal }, tr)),
  ];
  const gaps = [
    ...gap("matrix.objectivesWithoutGoal", s.objectivesWithoutGoal, s.objectives, tr),
    ...gap("matrix.goalsWithoutObjective", s.goalsWithoutObjective, s.goals, tr),
  ];
  return {
    built: say(
      "matrix.built",
      {
        sheets: new Intl.ListFormat(tr.locale, { type: "conjunction" }).format(
          s.sheets.map((name) => say("matrix.sheet", { name }, tr))
        ),
        objectives: s.objectives,
        outputs: s.outputs,
        goals: s.goals,
      },
      tr
    ),
    flags,
    flagged: gaps.length === 0 ? null : say("matrix.flagged", { gaps: gaps.join("; ") }, tr),
    verdict:
      flags.length === 0
        ? say("matrix.allServed", {}, tr)
        : say("matrix.gapsFlagged", { count: flags.length }, tr),
  };
};

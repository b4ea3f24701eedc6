import { Reporting } from "../plan";
import { ASSESSMENTS } from "../status";
import { DEFAULT_LANGUAGE, labelsIn, Language } from "../format";

/** The addresses (on one row) that a KPI's progress and status formulas read. */
export interface StatusCells {
  readonly measure: string;
  readonly direction: string;
  readonly baseline: string;
  readonly target: string;
  readonly actual: string;
  readonly progress: string;
  /** The year's assessment of a qualitative KPI. */
  readonly assessment: string;
}

const q = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * Excel's version of computeProgress (core/status): blank unless the measure is a number or percentage,
 * all three values are numbers, and the target improves on the baseline in the KPI's direction.
 */
export const progressFormula = (c: StatusCells, language: Language = DEFAULT_LANGUAGE): string => {
  const MEASURE_LABELS = labelsIn("measure", language);
  const DIRECTION_LABELS = labelsIn("direction", language);
  const numeric = `OR(${c.measure}=${q(MEASURE_LABELS.number)},${c.measure}=${q(MEASURE_LABELS.percentage)})`;
  const allNumbers = `ISNUMBER(${c.baseline}),ISNUMBER(${c.target}),ISNUMBER(${c.actual})`;
  const down = `${c.direction}=${q(DIRECTION_LABELS.down)}`;
  return (
    `IF(AND(${numeric},${allNumbers}),` +
    `IF(${down},IF(${c.baseline}-${c.target}>0,(${c.baseline}-${c.actual})/(${c.baseline}-${c.target}),""),` +
    `IF(${c.target}-${c.baseline}>0,(${c.actual}-${c.baseline})/(${c.target}-${c.baseline}),"")),"")`
  );
};

/** A milestone stage's position (1-based), 0 if the cell holds none; "=" compares text without case, no wildcards. */
const stageIndex = (cell: string, stages: readonly string[]): string =>
  stages.reduceRight((otherwise, stage, i) => `IF(${cell}=${q(stage)},${i + 1},${otherwise})`, "0");

/**
 * Excel's version of computeStatus (core/status), with the plan's bands and milestone stages written in. The
 * logic is the same in every language: only the words it compares (the measure, direction and assessment
 * dropdowns) and the status words it shows are the workbook's language's, as its dropdowns are.
 */
export const statusFormula = (
  c: StatusCells,
  reporting: Reporting,
  language: Language = DEFAULT_LANGUAGE
): string => {
  const MEASURE_LABELS = labelsIn("measure", language);
  const words = labelsIn("status", language);
  const assessments = labelsIn("assessment", language);
  const [NA, MET, ON, OFF] = [
    q(words["Not assessable"]),
    q(words.Met),
    q(words["On track"]),
    q(words["Off track"]),
  ];
  const { met, onTrack } = reporting.statusBands;
  const numeric =
    `IF(${c.progress}="",${NA},` +
    `IF(${c.progress}>=${met},${MET},IF(${c.progress}>=${onTrack},${ON},${OFF})))`;
  const yesNo = `IF(OR(${c.target}="",${c.actual}=""),${NA},IF(${c.actual}=${c.target},${MET},${OFF}))`;
  const t = stageIndex(c.target, reporting.milestoneStages);
  const a = stageIndex(c.actual, reporting.milestoneStages);
  const milestone =
    `IF(OR(${t}=0,${a}=0),${NA},` + `IF(${a}>=${t},${MET},IF(${a}=${t}-1,${ON},${OFF})))`;
  const qualitative = ASSESSMENTS.reduceRight(
    (otherwise, { label, status }) =>
      `IF(${c.assessment}=${q(assessments[label as keyof typeof assessments])},${q(words[status])},${otherwise})`,
    NA
  );
  return (
    `IF(OR(${c.measure}=${q(MEASURE_LABELS.number)},${c.measure}=${q(MEASURE_LABELS.percentage)}),${numeric},` +
    `IF(${c.measure}=${q(MEASURE_LABELS["yes-no"])},${yesNo},` +
    `IF(${c.measure}=${q(MEASURE_LABELS.milestone)},${milestone},` +
    `IF(${c.measure}=${q(MEASURE_LABELS.qualitative)},${qualitative},${NA}))))`
  );
};

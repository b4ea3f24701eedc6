import { Reporting } from "../plan";
import { DIRECTION_LABELS, MEASURE_LABELS } from "../format";

/** The addresses (on one row) that a KPI's progress and status formulas read. */
export interface StatusCells {
  readonly measure: string;
  readonly direction: string;
  readonly baseline: string;
  readonly target: string;
  readonly actual: string;
  readonly progress: string;
}

const q = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * Excel's version of computeProgress (core/status): blank unless the measure is a number or percentage,
 * all three values are numbers, and the target improves on the baseline in the KPI's direction.
 */
export const progressFormula = (c: StatusCells): string => {
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

/** Excel's version of computeStatus (core/status), with the plan's bands and milestone stages written in. */
export const statusFormula = (c: StatusCells, reporting: Reporting): string => {
  const { met, onTrack } = reporting.statusBands;
  const numeric =
    `IF(${c.progress}="","Not assessable",` +
    `IF(${c.progress}>=${met},"Met",IF(${c.progress}>=${onTrack},"On track","Off track")))`;
  const yesNo = `IF(OR(${c.target}="",${c.actual}=""),"Not assessable",IF(${c.actual}=${c.target},"Met","Off track"))`;
  const t = stageIndex(c.target, reporting.milestoneStages);
  const a = stageIndex(c.actual, reporting.milestoneStages);
  const milestone =
    `IF(OR(${t}=0,${a}=0),"Not assessable",` +
    `IF(${a}>=${t},"Met",IF(${a}=${t}-1,"On track","Off track")))`;
  return (
    `IF(OR(${c.measure}=${q(MEASURE_LABELS.number)},${c.measure}=${q(MEASURE_LABELS.percentage)}),${numeric},` +
    `IF(${c.measure}=${q(MEASURE_LABELS["yes-no"])},${yesNo},` +
    `IF(${c.measure}=${q(MEASURE_LABELS.milestone)},${milestone},"Not assessable")))`
  );
};

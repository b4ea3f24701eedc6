import { Direction, Measure, Reporting } from "../plan";

export type Status = "Met" | "On track" | "Off track" | "Not assessable";

/** The statuses in the order a report lists them. */
export const STATUSES: readonly Status[] = ["Met", "On track", "Off track", "Not assessable"];

/**
 * The officer's assessment of a qualitative KPI for a year, chosen from a dropdown beside its narrative, and the
 * status each one gives: what makes a KPI without numbers assessable.
 */
export const ASSESSMENTS: readonly { readonly label: string; readonly status: Status }[] = [
  { label: "Achieved", status: "Met" },
  { label: "Partly achieved", status: "On track" },
  { label: "Not achieved", status: "Off track" },
];

/** What status is computed from: a KPI's kind and the values as they stand in its cells. */
export interface StatusInput {
  readonly measure: Measure;
  readonly direction: Direction;
  readonly baseline: unknown;
  readonly target: unknown;
  readonly actual: unknown;
  /** The year's assessment (qualitative KPIs only): one of ASSESSMENTS' labels, any case. */
  readonly assessment?: unknown;
}

const isNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

/**
 * The share of the way from baseline to target that the actual has covered, in the KPI's better direction:
 * 1 is the target reached, 0 no change, negative a move the wrong way. Null where it cannot be known:
 * a value missing or not a number, or a target that is no improvement on the baseline.
 * @example computeProgress({ measure: "number", direction: "down", baseline: 10, target: 6, actual: 7 }) // 0.75
 */
export const computeProgress = (input: StatusInput): number | null => {
  const { measure, direction, baseline, target, actual } = input;
  if (measure !== "number" && measure !== "percentage") return null;
  if (!isNumber(baseline) || !isNumber(target) || !isNumber(actual)) return null;
  const gain = direction === "down" ? baseline - target : target - baseline;
  if (!(gain > 0)) return null;
  return (direction === "down" ? baseline - actual : actual - baseline) / gain;
};

const sameText = (a: unknown, b: unknown): boolean =>
  typeof a === "string" && typeof b === "string" && a.toLowerCase() === b.toLowerCase();

const stageIndex = (stages: readonly string[], value: unknown): number =>
  typeof value === "string" ? stages.findIndex((stage) => sameText(stage, value)) : -1;

const isBlank = (value: unknown): boolean => value === null || value === undefined || value === "";

/**
 * A KPI's status for one year, exactly as the workbook's Status formula computes it
 * (the LibreOffice test holds the two to each other). Text comparisons ignore case, as Excel's do.
 */
export const computeStatus = (input: StatusInput, reporting: Reporting): Status => {
  const { met, onTrack } = reporting.statusBands;
  switch (input.measure) {
    case "number":
    case "percentage": {
      const progress = computeProgress(input);
      if (progress === null) return "Not assessable";
      return progress >= met ? "Met" : progress >= onTrack ? "On track" : "Off track";
    }
    case "yes-no":
      if (isBlank(input.target) || isBlank(input.actual)) return "Not assessable";
      return sameText(input.actual, input.target) || input.actual === input.target
        ? "Met"
        : "Off track";
    case "milestone": {
      const target = stageIndex(reporting.milestoneStages, input.target);
      const actual = stageIndex(reporting.milestoneStages, input.actual);
      if (target < 0 || actual < 0) return "Not assessable";
      return actual >= target ? "Met" : actual === target - 1 ? "On track" : "Off track";
    }
    case "qualitative":
      return (
        ASSESSMENTS.find((a) => sameText(a.label, input.assessment))?.status ?? "Not assessable"
      );
  }
};

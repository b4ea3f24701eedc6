import { Direction, Measure } from "../plan";

/** How each measure is named in the workbook's Measure column. */
export const MEASURE_LABELS: Readonly<Record<Measure, string>> = {
  number: "Number",
  percentage: "Percentage",
  "yes-no": "Yes/No",
  milestone: "Milestone",
  qualitative: "Qualitative",
};

/** How each direction is named in the workbook's Direction column. */
export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  up: "Higher is better",
  down: "Lower is better",
};

export const YES_NO: readonly string[] = ["Yes", "No"];

/** The mark that links a row to a column in the link matrices (outputs x objectives, objectives x goals). */
export const LINK_MARK = "X";

/** Why an actual is missing or not final; "No data" is the explicit answer for a KPI that cannot be reported. */
export const DATA_NOTES: readonly string[] = ["No data", "Estimate", "Provisional"];

const reverseLookups = new WeakMap<object, ReadonlyMap<string, string>>();

/** Reverse lookup of a label, ignoring case and surrounding spaces (the lookup table is built once per label set). */
export const fromLabel = <K extends string>(
  labels: Readonly<Record<K, string>>,
  text: unknown
): K | undefined => {
  if (typeof text !== "string") return undefined;
  let lookup = reverseLookups.get(labels);
  if (!lookup) {
    // Each label as written too, so that a cell holding it exactly (nearly every cell) is found without new strings.
    lookup = new Map(
      (Object.keys(labels) as K[]).flatMap((key) => [
        [labels[key].toLowerCase(), key],
        [labels[key], key],
      ])
    );
    reverseLookups.set(labels, lookup);
  }
  return (lookup.get(text) ?? lookup.get(text.trim().toLowerCase())) as K | undefined;
};

/** Header texts of the KPI table's year-bound columns: part of the workbook format (docs/workbook-format.md). */
export const targetHeader = (year: number): string => `Target ${year}`;
export const actualHeader = (year: number): string => `Actual ${year}`;
/** A qualitative KPI's assessment of the year (Achieved, Partly achieved, Not achieved), beside its narrative. */
export const assessmentHeader = (year: number): string => `Assessment ${year}`;
export const progressHeader = (year: number): string => `Progress ${year}`;
export const statusHeader = (year: number): string => `Status ${year}`;

/** Header texts of the KPI table's fixed columns, in order. */
export const KPI_HEADERS = {
  id: "KPI ID",
  objective: "Objective ID",
  output: "Output ID",
  text: "KPI",
  measure: "Measure",
  direction: "Direction",
  unit: "Unit",
  baselineYear: "Baseline year",
  baseline: "Baseline",
  dataNote: "Data note",
  evidence: "Evidence / comment",
} as const;

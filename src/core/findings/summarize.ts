import type { Finding } from "./finding";

/** How many findings of each severity. */
export interface FindingSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
}

/** Counts findings by severity, in one pass. */
export const summarize = (findings: readonly Finding[]): FindingSummary => {
  let errors = 0;
  let warnings = 0;
  let info = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else info++;
  }
  return { errors, warnings, info };
};

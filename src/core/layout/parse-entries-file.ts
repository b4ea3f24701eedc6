import { z } from "zod";
import { fail, ok, Result } from "../result";
import { jsonPath } from "../plan/load-plan";
import type { PlanFileError } from "../plan/parse-plan-file";
import type { KpiEntries, KpiEntry } from "./kpi-entry";

z.config({ jitless: true });

const value = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const byYear = z.record(
  z.string().regex(/^\d{4}$/, { message: 'must be a year such as "2013"' }),
  value
);

const entriesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  plan: z.string().min(1),
  period: z.number().int().optional(),
  notes: z.array(z.string()).optional(),
  entries: z.record(
    z.string().min(1),
    z.strictObject({
      baselineYear: value.optional(),
      baseline: value.optional(),
      targets: byYear.optional(),
      actuals: byYear.optional(),
      dataNote: value.optional(),
      evidence: value.optional(),
    })
  ),
});

/** A values file: KPI entries to pre-fill a workbook with (the demo's sample data, or values carried over). */
export interface EntriesFile {
  readonly plan: string;
  readonly period?: number;
  /** What a reader should know about these values (the sample's deliberate mistakes). */
  readonly notes: readonly string[];
  readonly entries: KpiEntries;
}

/** Reads a values file (docs/workbook-format.md, "Values files"); values are kept as typed, mistakes included. */
export const parseEntriesFile = (
  file: string,
  text: string
): Result<EntriesFile, PlanFileError> => {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail([
      {
        file,
        path: "",
        message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      },
    ]);
  }
  const parsed = entriesFileSchema.safeParse(json);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) => ({
        file,
        path: jsonPath(issue.path),
        message: issue.message,
      }))
    );
  }
  const { plan, period, notes, entries } = parsed.data;
  return ok({
    plan,
    ...(period === undefined ? {} : { period }),
    notes: notes ?? [],
    entries: new Map(Object.entries(entries).map(([id, entry]) => [id, entry as KpiEntry])),
  });
};

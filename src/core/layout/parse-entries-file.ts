import { z } from "zod";
import { fail, ok, Result } from "../result";
import { jsonPath } from "../plan/load-plan";
import type { PlanFileError } from "../plan/parse-plan-file";
import { parseOfficerKpiId } from "../plan/officer-kpi-id";
import { Plan, sectorKpis } from "../plan/plan";
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
      objective: value.optional(),
      text: value.optional(),
      measure: value.optional(),
      direction: value.optional(),
      unit: value.optional(),
      baselineYear: value.optional(),
      baseline: value.optional(),
      targets: byYear.optional(),
      actuals: byYear.optional(),
      assessments: byYear.optional(),
      dataNote: value.optional(),
      evidence: value.optional(),
    })
  ),
});

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * The path of the first key that would reach an object's prototype. JSON.parse keeps "__proto__" as a plain
 * key, and a record would drop it without a word: such a key is refused, naming where it is.
 */
const forbiddenKeyPath = (json: unknown, path: readonly PropertyKey[]): PropertyKey[] | null => {
  if (typeof json !== "object" || json === null) return null;
  for (const key of Object.keys(json)) {
    const at = [...path, Array.isArray(json) ? Number(key) : key];
    if (!Array.isArray(json) && FORBIDDEN_KEYS.has(key)) return at;
    const inner = forbiddenKeyPath((json as Record<string, unknown>)[key], at);
    if (inner) return inner;
  }
  return null;
};

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
  const forbidden = forbiddenKeyPath(json, []);
  if (forbidden)
    return fail([{ file, path: jsonPath(forbidden), message: "is not allowed as a key" }]);
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

/**
 * The entries of a values file that name no KPI of the plan: each one's value would be lost without a word
 * (entries for KPIs of sectors left out of a workbook are not lost, and not listed).
 */
export const entriesOutsidePlan = (
  file: string,
  plan: Plan,
  entries: KpiEntries
): PlanFileError[] => {
  const known = new Set(plan.sectors.flatMap((s) => sectorKpis(s).map((k) => k.id)));
  // An officer-defined KPI (<sector>.kpi.<objective>.u<n>) is placed under its objective, if the plan has it.
  const placeable = (id: string): boolean => {
    const officer = parseOfficerKpiId(id);
    const sector = plan.sectors.find((s) => s.id === officer?.sector);
    return !!sector?.objectives.some((o) => o.number === officer?.objective);
  };
  return [...entries.keys()]
    .filter((id) => !known.has(id) && !placeable(id))
    .map((id) => ({
      file,
      path: `$.entries[${JSON.stringify(id)}]`,
      message: `plan ${plan.id} has no KPI ${JSON.stringify(id)}, and it is no officer-defined KPI of one of its objectives (<sector>.kpi.<objective number>.u<n>); its value would be lost`,
    }));
};

import { fail, ok, Result } from "../result";
import { jsonPath } from "../plan/json-path";
import type { PlanFileError } from "../plan/plan-file";
import { saidAt, sayAt, zodIssueSaid } from "../plan/plan-messages";
import { parseOfficerKpiId } from "../plan/officer-kpi-id";
import { Plan, sectorKpis } from "../plan/plan";
import type { KpiEntries, KpiEntry } from "./kpi-entry";
import type {
  ObjectiveResourceEntry,
  OutputResourceEntry,
  ResourceEntries,
} from "./resource-entry";

/**
 * The values file's schema, in zod, loaded the first time a values file is read: a command that reads a workbook
 * never pays for zod (some 9 MB of a process's memory; issue #12). A synchronous require, which webpack bundles
 * as it bundles an import.
 */
const entriesFileSchema = (): (typeof import("./entries-file-schema"))["entriesFileSchema"] =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when first used, synchronously
  (require("./entries-file-schema") as typeof import("./entries-file-schema")).entriesFileSchema;

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
  /** Budgets, expenditure and shares by output and objective id (docs/workbook-format.md, "Values files"). */
  readonly resources: ResourceEntries;
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
        ...saidAt("", "error.plan.notJson", {
          detail: error instanceof Error ? error.message : String(error),
        }),
      },
    ]);
  }
  const forbidden = forbiddenKeyPath(json, []);
  if (forbidden)
    return fail([{ file, ...saidAt(jsonPath(forbidden), "error.values.forbiddenKey") }]);
  const parsed = entriesFileSchema().safeParse(json);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) => ({
        file,
        ...sayAt(jsonPath(issue.path), zodIssueSaid(issue, json)),
      }))
    );
  }
  const { plan, period, notes, entries, resources } = parsed.data;
  return ok({
    plan,
    ...(period === undefined ? {} : { period }),
    notes: notes ?? [],
    entries: new Map(Object.entries(entries).map(([id, entry]) => [id, entry as KpiEntry])),
    resources: {
      outputs: new Map(
        Object.entries(resources?.outputs ?? {}).map(([id, e]) => [id, e as OutputResourceEntry])
      ),
      objectives: new Map(
        Object.entries(resources?.objectives ?? {}).map(([id, e]) => [
          id,
          e as ObjectiveResourceEntry,
        ])
      ),
    },
  });
};

/**
 * The entries of a values file that name no KPI of the plan: each one's value would be lost without a word
 * (entries for KPIs of sectors left out of a workbook are not lost, and not listed).
 */
export const entriesOutsidePlan = (
  file: string,
  plan: Plan,
  entries: KpiEntries,
  resources?: ResourceEntries
): PlanFileError[] => {
  const known = new Set(plan.sectors.flatMap((s) => sectorKpis(s).map((k) => k.id)));
  // An officer-defined KPI (<sector>.kpi.<objective>.u<n>) is placed under its objective, if the plan has it.
  const placeable = (id: string): boolean => {
    const officer = parseOfficerKpiId(id);
    const sector = plan.sectors.find((s) => s.id === officer?.sector);
    return !!sector?.objectives.some((o) => o.number === officer?.objective);
  };
  const lost = (
    path: string,
    key: "error.values.noGoal" | "error.values.noObjective" | "error.values.noOutput",
    id: string,
    sector?: string
  ): PlanFileError => ({
    file,
    ...saidAt(
      path,
      sector === undefined ? key : "error.values.noObjectiveInSector",
      sector === undefined
        ? { plan: plan.id, id: JSON.stringify(id) }
        : { plan: plan.id, id: JSON.stringify(id), sector }
    ),
  });
  const outputs = new Map(plan.sectors.flatMap((s) => s.outputs.map((o) => [o.id, s] as const)));
  const objectives = new Map(
    plan.sectors.flatMap((s) => s.objectives.map((o) => [o.id, s] as const))
  );
  const goals = new Set(plan.goals.map((g) => g.id));
  const at = (...keys: string[]): string =>
    `$.resources${keys.map((k) => `[${JSON.stringify(k)}]`).join("")}`;
  return [
    ...[...entries.keys()]
      .filter((id) => !known.has(id) && !placeable(id))
      .map((id) => ({
        file,
        ...saidAt(`$.entries[${JSON.stringify(id)}]`, "error.values.noKpi", {
          plan: plan.id,
          id: JSON.stringify(id),
          pattern: "<sector>.kpi.<objective number>.u<n>",
        }),
      })),
    ...[...(resources?.outputs ?? new Map<string, OutputResourceEntry>())].flatMap(([id, e]) => {
      const sector = outputs.get(id);
      if (!sector) return [lost(at("outputs", id), "error.values.noOutput", id)];
      return Object.keys(e.shares ?? {})
        .filter((o) => !sector.objectives.some((x) => x.id === o))
        .map((o) => lost(at("outputs", id, "shares", o), "error.values.noObjective", o, sector.id));
    }),
    ...[...(resources?.objectives ?? new Map<string, ObjectiveResourceEntry>())].flatMap(
      ([id, e]) =>
        !objectives.has(id)
          ? [lost(at("objectives", id), "error.values.noObjective", id)]
          : Object.keys(e.shares ?? {})
              .filter((g) => !goals.has(g))
              .map((g) => lost(at("objectives", id, "shares", g), "error.values.noGoal", g))
    ),
  ];
};

import type {
  EntryValue,
  ObjectiveResourceEntry,
  OutputResourceEntry,
  ResourceEntries,
} from "../layout";
import type { GoalRow, SectorReport, ShareCell } from "../report";
import { labelKey } from "../resources";
import type { CellData } from "../snapshot";

/** A cell's content as an entry to write back: errors and dates as their text (as for KPI entries). */
const entryValue = (value: CellData): EntryValue =>
  value === null || typeof value !== "object" ? value : "error" in value ? value.error : value.date;

/** Shares by the id behind each column's label; a column whose label names nothing is left out. */
const sharesById = (
  shares: readonly ShareCell[],
  idOfLabel: ReadonlyMap<string, string>
): Record<string, EntryValue> =>
  Object.fromEntries(
    shares.flatMap((s) => {
      const id = idOfLabel.get(labelKey(s.label));
      return id ? [[id, entryValue(s.value)] as const] : [];
    })
  );

/**
 * The officer's resources of a sector (budgets, expenditure and shares) as `buildReportingWorkbook` takes them:
 * by output and objective id, shares keyed by the objective or goal id behind their column's label, so that
 * a consolidation or an upgrade writes them back under the current labels.
 */
export const sectorResources = (
  sector: SectorReport,
  goals: readonly Pick<GoalRow, "id" | "label">[]
): ResourceEntries => {
  const objectiveIds = new Map((sector.objectives ?? []).map((o) => [labelKey(o.label), o.id]));
  const goalIds = new Map(goals.map((g) => [labelKey(g.label), g.id]));
  const outputs = new Map<string, OutputResourceEntry>();
  for (const row of sector.outputResources ?? []) {
    if (outputs.has(row.id)) continue;
    outputs.set(row.id, {
      budget: Object.fromEntries(
        row.years.map((y) => [String(y.year), entryValue(y.budget.value)])
      ),
      expenditure: Object.fromEntries(
        row.years.map((y) => [String(y.year), entryValue(y.expenditure.value)])
      ),
      shares: sharesById(row.shares, objectiveIds),
    });
  }
  const objectives = new Map<string, ObjectiveResourceEntry>();
  for (const row of sector.objectiveResources ?? []) {
    if (!objectives.has(row.id))
      objectives.set(row.id, { shares: sharesById(row.shares, goalIds) });
  }
  return { outputs, objectives };
};

/** Several sectors' resources as one set of entries (sectors never share an output or objective id). */
export const mergeResources = (all: readonly ResourceEntries[]): ResourceEntries => ({
  outputs: new Map(all.flatMap((r) => [...r.outputs])),
  objectives: new Map(all.flatMap((r) => [...r.objectives])),
});

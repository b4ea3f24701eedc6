import { sectorTableName } from "../format";
import {
  allocatedHeader,
  objectiveResourcesTableName,
  resourcesTableName,
  shareHeader,
} from "../layout/resource-columns";
import type { Plan } from "../plan";
import type { Report } from "../report";
import { headerKey } from "./not-placed";

/**
 * The link columns whose header a plan upgrade renames, by table: a goal label on a sector's Objectives table,
 * an objective label on its Outputs table, found through the id the workbook gives the old label (so a
 * renumbered objective's marks follow it). Keys are old headers as `headerKey` gives them; values new headers.
 */
export const renamedColumns = (
  report: Report,
  plan: Plan
): ReadonlyMap<string, ReadonlyMap<string, string>> => {
  const goalLabels = new Map(
    (report.goals ?? []).flatMap((g) => {
      const now = plan.goals.find((p) => p.id === g.id);
      return now ? [[headerKey(g.label), now.label] as const] : [];
    })
  );
  // A label's share and allocation columns on the resources tables follow it, as its link column does.
  const shareColumns = (labels: ReadonlyMap<string, string>, old: readonly string[]) =>
    new Map(
      old.flatMap((label) => {
        const now = labels.get(headerKey(label));
        return now === undefined
          ? []
          : [
              [headerKey(shareHeader(label)), shareHeader(now)] as const,
              [headerKey(allocatedHeader(label)), allocatedHeader(now)] as const,
            ];
      })
    );
  const tables = new Map<string, ReadonlyMap<string, string>>();
  for (const sector of report.sectors) {
    const planSector = plan.sectors.find((s) => s.id === sector.id);
    const objectiveLabels = new Map(
      (sector.objectives ?? []).flatMap((o) => {
        const now = planSector?.objectives.find((p) => p.id === o.id);
        return now ? [[headerKey(o.label), now.label] as const] : [];
      })
    );
    tables.set(sectorTableName(sector, "Objectives"), goalLabels);
    tables.set(sectorTableName(sector, "Outputs"), objectiveLabels);
    tables.set(
      resourcesTableName(sector),
      shareColumns(
        objectiveLabels,
        (sector.objectives ?? []).map((o) => o.label)
      )
    );
    tables.set(
      objectiveResourcesTableName(sector),
      shareColumns(
        goalLabels,
        (report.goals ?? []).map((g) => g.label)
      )
    );
  }
  return tables;
};

import { EntryValue, LinkMarks } from "../layout";
import { LINK_MARK, sectorTableName } from "../format";
import type { Plan } from "../plan";
import type { Report } from "../report";
import { sectorLinks } from "../submission";
import { headerKey } from "./not-placed";
import { renamedColumns } from "./renamed-columns";

/**
 * The officers' link marks to write into a workbook rebuilt from `plan`: each objective's and output's marks
 * by its id, each column by the id behind its label; a column the workbook did not have (a goal or objective
 * the plan added) gets the plan's mark. Rows the plan no longer has are left out (the upgrade reports them).
 */
export const carriedLinks = (report: Report, plan: Plan): LinkMarks => {
  const renamed = renamedColumns(report, plan);
  const links = new Map<string, Map<string, EntryValue>>();
  for (const sector of report.sectors) {
    const planSector = plan.sectors.find((s) => s.id === sector.id);
    if (!planSector) continue;
    for (const [rowId, marks] of sectorLinks(sector)) {
      const objective = planSector.objectives.find((o) => o.id === rowId);
      const output = planSector.outputs.find((o) => o.id === rowId);
      if ((!objective && !output) || links.has(rowId)) continue;
      const rename = renamed.get(sectorTableName(sector, objective ? "Objectives" : "Outputs"));
      const old = new Map(
        [...marks].map(([column, value]) => [
          headerKey(rename?.get(headerKey(column)) ?? column),
          value,
        ])
      );
      const columns = objective
        ? plan.goals.map((g) => [g.label, objective.goals.includes(g.id)] as const)
        : planSector.objectives.map((o) => [o.label, output?.objectives.includes(o.id)] as const);
      links.set(
        rowId,
        new Map(
          columns.map(([label, planLinked]) => {
            const key = headerKey(label);
            return [label, old.has(key) ? (old.get(key) ?? null) : planLinked ? LINK_MARK : null];
          })
        )
      );
    }
  }
  return links;
};

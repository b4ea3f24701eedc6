import { finding, Finding } from "../findings";
import { linkedObjectiveIds, sameWording } from "../report";
import type { Rule } from "./rule";

/**
 * The outputs Table X.2 lists for an objective are the outputs Table X.1 links to it. The official 2012-2015
 * plan itself disagrees in places; they are reported, never hidden, as warnings for the plan owners.
 */
export const x2OutputsAgree: Rule = (report, { plan }) =>
  report.sectors.flatMap((sector): Finding[] => {
    if (!sector.results || !sector.outputs || !sector.objectives) return [];
    const planSector = plan.sectors.find((s) => s.id === sector.id);
    const x1 = planSector?.outputTable.number
      ? `Table ${planSector.outputTable.number}`
      : "the outputs table";
    const x2 = planSector?.resultsTable?.number
      ? `Table ${planSector.resultsTable.number}`
      : "the results table";
    return sector.objectives.flatMap((objective) => {
      const listed =
        sector.results?.filter(
          (r) =>
            r.kind.toLowerCase() === "output" &&
            String(r.objective.value ?? "").trim() === objective.id
        ) ?? [];
      if (!sector.results?.some((r) => String(r.objective.value ?? "").trim() === objective.id))
        return [];
      const linked = (sector.outputs ?? []).filter((o) =>
        linkedObjectiveIds(sector, o).includes(objective.id)
      );
      return [
        ...listed
          .filter((item) => !linked.some((o) => sameWording(o.name, item.text)))
          .map((item) =>
            finding(
              "x2-outputs-agree",
              "warning",
              item.at,
              `${x2} lists output "${item.text}" for ${objective.label}, but ${x1} links no output of that name to it`,
              { sector: sector.id }
            )
          ),
        ...linked
          .filter((o) => !listed.some((item) => sameWording(o.name, item.text)))
          .map((o) =>
            finding(
              "x2-outputs-agree",
              "warning",
              o.at,
              `${x1} links output "${o.name}" to ${objective.label}, but ${x2} does not list it there`,
              { sector: sector.id }
            )
          ),
      ];
    });
  });

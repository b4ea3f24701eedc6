import { Objective, OutputDisagreement, outputDisagreements, sameWording, Sector } from "../plan";
import {
  linkedObjectiveIds,
  LinkCell,
  ObjectiveRow,
  objectiveOfColumn,
  OutputRow,
  ResultItemRow,
  SectorReport,
} from "../report";
import { CellRef, finding, Finding } from "../findings";
import type { Rule } from "./rule";

const FIX_LINK =
  "Put the X marks of this output back as the plan has them, or, where the plan really changed, have the plan file's Table X.2 updated (kpi-report upgrade then carries your marks).";
const FIX_TEXT =
  "Restore the Table X.2 text from the original workbook: the Results sheet is the plan's wording, not an entry.";

/** The link cell of an output's row under an objective's column, or the row's id cell if it has none. */
const linkCellOf = (sector: SectorReport, output: OutputRow, objectiveId: string): CellRef => {
  const cell = output.objectives.find(
    (c: LinkCell) => objectiveOfColumn(sector, c)?.id === objectiveId
  );
  return cell ? { sheet: cell.sheet, cell: cell.cell } : output.at;
};

/**
 * The outputs Table X.2 lists for an objective are the outputs Table X.1 links to it. What the plan's own source
 * disagrees on is recorded in the plan's notes (kpi-report plans --notes) and not reported here: only what the
 * workbook adds, once per disagreement, at the cell that introduced it (a link mark, an output's name, an X.2 text).
 */
export const x2OutputsAgree: Rule = (report, { plan }) =>
  report.sectors.flatMap((sector): Finding[] => {
    if (!sector.results || !sector.outputs || !sector.objectives) return [];
    const planSector = plan.sectors.find((s) => s.id === sector.id);
    if (!planSector) return [];
    const x1 = planSector.outputTable.number
      ? `Table ${planSector.outputTable.number}`
      : "the outputs table";
    const x2 = planSector.resultsTable?.number
      ? `Table ${planSector.resultsTable.number}`
      : "the results table";
    const known = outputDisagreements(planSector);
    const found = new Map<string, Finding>();
    const report1 = (at: CellRef, message: string, fix: string): void => {
      const key = `${at.sheet}!${at.cell ?? ""}`;
      if (!found.has(key))
        found.set(
          key,
          finding("x2-outputs-agree", "warning", at, message, { sector: sector.id, fix })
        );
    };
    for (const objective of sector.objectives) {
      const planObjective = planSector.objectives.find((o) => o.id === objective.id);
      const planRow = planSector.results.find((r) => r.objective === objective.id);
      if (!planObjective || !planRow) continue;
      const listed = sector.results.filter(
        (r) =>
          r.kind.toLowerCase() === "output" &&
          String(r.objective.value ?? "").trim() === objective.id
      );
      if (!sector.results.some((r) => String(r.objective.value ?? "").trim() === objective.id))
        continue;
      const linked = sector.outputs.filter((o) =>
        linkedObjectiveIds(sector, o).includes(objective.id)
      );
      const sourceOwn = known.find((d) => d.objective === objective.id);
      const before = found.size;
      checkListed(
        sector,
        planSector,
        planObjective,
        objective,
        listed,
        linked,
        sourceOwn,
        x1,
        x2,
        report1
      );
      for (const o of linked) {
        if (listed.some((item) => sameWording(o.name, item.text))) continue;
        if (sourceOwn?.linkedOnly.some((p) => p.id === o.id && sameWording(p.name, o.name)))
          continue;
        const planOutput = planSector.outputs.find((p) => p.id === o.id);
        if (!planOutput || !planOutput.objectives.includes(objective.id))
          report1(
            linkCellOf(sector, o, objective.id),
            `This X links output "${o.name}" to ${objective.label}, which the plan does not: ${x2} does not list it there`,
            FIX_LINK
          );
        else if (!sameWording(planOutput.name, o.name))
          report1(
            o.at,
            `The name of output ${o.id} was changed to "${o.name}": ${x2} lists no output of that name for ${objective.label}`,
            "Restore the output's name from the original workbook: it is the plan's wording, not an entry."
          );
        else if (found.size === before)
          // The plan's tables agree on this output: Table X.2's item for it was changed or removed.
          report1(
            linkCellOf(sector, o, objective.id),
            `${x1} links output "${o.name}" to ${objective.label}, but ${x2} no longer lists it there`,
            FIX_TEXT
          );
      }
    }
    return [...found.values()];
  });

/** The X.2 items of an objective that no linked output answers, where the plan's own tables agreed on them. */
const checkListed = (
  sector: SectorReport,
  planSector: Sector,
  planObjective: Objective,
  objective: ObjectiveRow,
  listed: readonly ResultItemRow[],
  linked: readonly OutputRow[],
  sourceOwn: OutputDisagreement | undefined,
  x1: string,
  x2: string,
  report1: (at: CellRef, message: string, fix: string) => void
): void => {
  for (const item of listed) {
    if (linked.some((o) => sameWording(o.name, item.text))) continue;
    if (sourceOwn?.listedOnly.some((t) => sameWording(t, item.text))) continue;
    const planRow = planSector.results.find((r) => r.objective === planObjective.id);
    if (!planRow?.outputs.some((t) => sameWording(t, item.text))) {
      report1(
        item.textField.cell === null ? item.at : item.textField,
        `${x2}'s text for ${objective.label} was changed to "${item.text}", which is not the plan's wording`,
        FIX_TEXT
      );
      continue;
    }
    // The plan's own tables agree on this output: the workbook's Table X.1 no longer links it (or renamed it).
    const planOutput = planSector.outputs.find(
      (p) => p.objectives.includes(planObjective.id) && sameWording(p.name, item.text)
    );
    const output = sector.outputs?.find((o) => o.id === planOutput?.id);
    if (output && sameWording(output.name, item.text))
      report1(
        linkCellOf(sector, output, objective.id),
        `${x2} lists output "${item.text}" for ${objective.label}, but this cell no longer links it there in ${x1}`,
        FIX_LINK
      );
    else if (output)
      report1(
        output.at,
        `The name of output ${output.id} was changed to "${output.name}": ${x2} lists no output of that name for ${objective.label}`,
        "Restore the output's name from the original workbook: it is the plan's wording, not an entry."
      );
    else
      report1(
        item.at,
        `${x2} lists output "${item.text}" for ${objective.label}, but ${x1} has no output of that name linked to it`,
        "Restore the output's row on the Outputs sheet from the original workbook."
      );
  }
};

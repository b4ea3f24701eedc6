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
import type { Translator } from "../i18n";
import type { Rule } from "./rule";

/** The words of this rule's findings in the language asked for. */
const wordsOf = (i18n: Translator) => {
  const table = i18n.t("finding.table.numbered", { number: "X.2" });
  return {
    link: i18n.t("finding.x2-outputs-agree.fixLink", { table, command: "kpi-report upgrade" }),
    text: i18n.t("finding.x2-outputs-agree.fixText", { table }),
    name: i18n.t("finding.x2-outputs-agree.fixName"),
    row: i18n.t("finding.x2-outputs-agree.fixRow"),
  };
};
type Words = ReturnType<typeof wordsOf>;

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
export const x2OutputsAgree: Rule = (report, { plan, i18n }) =>
  report.sectors.flatMap((sector): Finding[] => {
    if (!sector.results || !sector.outputs || !sector.objectives) return [];
    const planSector = plan.sectors.find((s) => s.id === sector.id);
    if (!planSector) return [];
    const x1 = planSector.outputTable.number
      ? i18n.t("finding.table.numbered", { number: planSector.outputTable.number })
      : i18n.t("finding.table.outputs");
    const x2 = planSector.resultsTable?.number
      ? i18n.t("finding.table.numbered", { number: planSector.resultsTable.number })
      : i18n.t("finding.table.results");
    const words = wordsOf(i18n);
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
        { x1, x2, i18n, words },
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
            i18n.t("finding.x2-outputs-agree.extraLink", {
              name: o.name,
              objective: objective.label,
              x2,
            }),
            words.link
          );
        else if (!sameWording(planOutput.name, o.name))
          report1(
            o.at,
            i18n.t("finding.x2-outputs-agree.renamed", {
              id: o.id,
              name: o.name,
              x2,
              objective: objective.label,
            }),
            words.name
          );
        else if (found.size === before)
          // The plan's tables agree on this output: Table X.2's item for it was changed or removed.
          report1(
            linkCellOf(sector, o, objective.id),
            i18n.t("finding.x2-outputs-agree.unlisted", {
              x1,
              name: o.name,
              objective: objective.label,
              x2,
            }),
            words.text
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
  { x1, x2, i18n, words }: { x1: string; x2: string; i18n: Translator; words: Words },
  report1: (at: CellRef, message: string, fix: string) => void
): void => {
  for (const item of listed) {
    if (linked.some((o) => sameWording(o.name, item.text))) continue;
    if (sourceOwn?.listedOnly.some((t) => sameWording(t, item.text))) continue;
    const planRow = planSector.results.find((r) => r.objective === planObjective.id);
    if (!planRow?.outputs.some((t) => sameWording(t, item.text))) {
      report1(
        item.textField.cell === null ? item.at : item.textField,
        i18n.t("finding.x2-outputs-agree.textChanged", {
          x2,
          objective: objective.label,
          text: item.text,
        }),
        words.text
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
        i18n.t("finding.x2-outputs-agree.unlinked", {
          x2,
          text: item.text,
          objective: objective.label,
          x1,
        }),
        words.link
      );
    else if (output)
      report1(
        output.at,
        i18n.t("finding.x2-outputs-agree.renamed", {
          id: output.id,
          name: output.name,
          x2,
          objective: objective.label,
        }),
        words.name
      );
    else
      report1(
        item.at,
        i18n.t("finding.x2-outputs-agree.noOutput", {
          x2,
          text: item.text,
          objective: objective.label,
          x1,
        }),
        words.row
      );
  }
};

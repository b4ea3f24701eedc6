import { isEmptyCell } from "../snapshot";
import { finding, Finding } from "../findings";
import { objectiveOfColumn } from "../report";
import type { Rule } from "./rule";

/** Every reference points at something that exists in the sector: link columns, KPI objective and output ids, Table X.2 rows. */
export const referenceExists: Rule = (report, { i18n }) =>
  report.sectors.flatMap((sector): Finding[] => {
    const objectiveIds = new Set((sector.objectives ?? []).map((o) => o.id));
    const outputIds = new Set((sector.outputs ?? []).map((o) => o.id));
    const goalLabels = new Set((report.goals ?? []).map((g) => g.label.toLowerCase()));
    const out: Finding[] = [];
    const firstRowCells = <T extends { column: string }>(cells: readonly T[]): T[] =>
      cells.filter((c, i) => cells.findIndex((d) => d.column === c.column) === i);

    if (sector.objectives && sector.outputs) {
      for (const cell of firstRowCells(sector.outputs.flatMap((o) => o.objectives))) {
        if (!objectiveOfColumn(sector, cell)) {
          out.push(
            finding(
              "reference-exists",
              "error",
              cell.headerAt,
              i18n.t("finding.reference-exists.outputColumn", {
                column: cell.column,
                sector: sector.id,
              }),
              { sector: sector.id, fix: i18n.t("finding.reference-exists.fixColumn") }
            )
          );
        }
      }
    }
    if (sector.objectives && report.goals) {
      for (const cell of firstRowCells(sector.objectives.flatMap((o) => o.goals))) {
        if (!goalLabels.has(cell.column.toLowerCase())) {
          out.push(
            finding(
              "reference-exists",
              "error",
              cell.headerAt,
              i18n.t("finding.reference-exists.goalColumn", { column: cell.column }),
              { sector: sector.id }
            )
          );
        }
      }
    }
    for (const kpi of sector.kpis ?? []) {
      const objective = String(kpi.objective.value ?? "").trim();
      if (sector.objectives && !objectiveIds.has(objective)) {
        out.push(
          finding(
            "reference-exists",
            "error",
            kpi.objective,
            isEmptyCell(kpi.objective.value)
              ? i18n.t("finding.reference-exists.noObjective", { kpi: kpi.id })
              : i18n.t("finding.reference-exists.kpiObjective", {
                  kpi: kpi.id,
                  objective,
                  sector: sector.id,
                }),
            { sector: sector.id, fix: i18n.t("finding.reference-exists.fixObjective") }
          )
        );
      }
      const output = String(kpi.output.value ?? "").trim();
      if (sector.outputs && output !== "" && !outputIds.has(output)) {
        out.push(
          finding(
            "reference-exists",
            "error",
            kpi.output,
            i18n.t("finding.reference-exists.kpiOutput", {
              kpi: kpi.id,
              output,
              sector: sector.id,
            }),
            { sector: sector.id, fix: i18n.t("finding.reference-exists.fixOutput") }
          )
        );
      }
    }
    for (const row of sector.results ?? []) {
      const objective = String(row.objective.value ?? "").trim();
      if (sector.objectives && !objectiveIds.has(objective)) {
        out.push(
          finding(
            "reference-exists",
            "error",
            row.objective,
            i18n.t("finding.reference-exists.resultObjective", {
              table: i18n.t("finding.table.numbered", { number: "X.2" }),
              objective,
              sector: sector.id,
            }),
            { sector: sector.id }
          )
        );
      }
    }
    return out;
  });

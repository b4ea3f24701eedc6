import { isEmptyCell } from "../snapshot";
import { finding, Finding } from "../findings";
import { objectiveOfColumn } from "../report";
import type { Rule } from "./rule";

/** Every reference points at something that exists in the sector: link columns, KPI objective and output ids, Table X.2 rows. */
export const referenceExists: Rule = (report) =>
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
              `Column "${cell.column}" of the Outputs table names no objective of ${sector.id}`,
              {
                sector: sector.id,
                fix: "Name the column after an objective's label (Objective 1, Objective 2, ...).",
              }
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
              `Column "${cell.column}" of the Objectives table names no goal on the Goals sheet`,
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
              ? `${kpi.id} names no objective`
              : `${kpi.id} names objective "${objective}", which ${sector.id} does not have`,
            {
              sector: sector.id,
              fix: "Choose the objective from the cell's dropdown.",
            }
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
            `${kpi.id} names output "${output}", which ${sector.id} does not have`,
            { sector: sector.id, fix: "Choose the output from the cell's dropdown, or clear it." }
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
            `A Table X.2 row names objective "${objective}", which ${sector.id} does not have`,
            { sector: sector.id }
          )
        );
      }
    }
    return out;
  });

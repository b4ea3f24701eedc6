import { finding } from "./finding";
import { allKpis, valueCells } from "./kpi-cells";
import type { Rule } from "./rule";
import type { Field } from "../report";

const isError = (field: Field | null): field is Field => field !== null && typeof field.value === "object" && field.value !== null && "error" in field.value;

/** A cell of a KPI row showing a formula error (#DIV/0!, #REF!, #VALUE!, ...). */
export const formulaError: Rule = (report) =>
  allKpis(report).flatMap(({ sector, kpi }) =>
    [...valueCells(kpi).map((c) => ({ label: c.label, field: c.field })), { label: "Status", field: kpi.status }, { label: "Baseline year", field: kpi.baselineYear }]
      .filter((c): c is { label: string; field: Field } => isError(c.field))
      .map(({ label, field }) =>
        finding("formula-error", "error", field.at, `${label} of ${kpi.id} shows the error ${(field.value as { error: string }).error}`, {
          sector: sector.id,
          fix: "Replace the formula by the value, or correct what it refers to.",
        })
      )
  );

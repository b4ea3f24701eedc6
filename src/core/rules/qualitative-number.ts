import { finding } from "./finding";
import { allKpis } from "./kpi-cells";
import type { Rule } from "./rule";

/** A qualitative KPI reported as a bare number where a narrative belongs. */
export const qualitativeNumber: Rule = (report) =>
  allKpis(report).flatMap(({ sector, kpi }) =>
    kpi.measure !== "qualitative"
      ? []
      : kpi.years
          .flatMap((y) => [
            { label: `Target ${y.year}`, field: y.target },
            { label: `Actual ${y.year}`, field: y.actual },
          ])
          .filter(({ field }) => typeof field.value === "number")
          .map(({ label, field }) =>
            finding("qualitative-number", "warning", field.at, `${label} of ${kpi.id} is the number ${String(field.value)}, but this KPI is qualitative`, {
              sector: sector.id,
              fix: "Describe the result in words (what happened, compared with what was planned), or ask the plan owners to make the KPI a number.",
            })
          )
  );

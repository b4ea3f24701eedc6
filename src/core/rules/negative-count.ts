import { finding } from "./finding";
import { allKpis, valueCells } from "./kpi-cells";
import type { Rule } from "./rule";

/** A KPI that counts things (unit "count") with a negative value. */
export const negativeCount: Rule = (report) =>
  allKpis(report).flatMap(({ sector, kpi }) =>
    kpi.measure !== "number" || kpi.unit.toLowerCase() !== "count"
      ? []
      : valueCells(kpi)
          .filter(({ field }) => typeof field.value === "number" && field.value < 0)
          .map(({ label, field }) =>
            finding("negative-count", "error", field.at, `${label} of ${kpi.id} is ${String(field.value)}, but a count cannot be negative`, { sector: sector.id })
          )
  );

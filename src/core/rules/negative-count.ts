import { finding } from "./finding";
import { kpiFindings, checkValues, NONE } from "./kpi-cells";
import type { Rule } from "./rule";

/** A KPI that counts things (unit "count") with a negative value. */
export const negativeCount: Rule = (report) =>
  kpiFindings(report, ({ sector, kpi }) =>
    kpi.measure !== "number" || kpi.unit.toLowerCase() !== "count"
      ? NONE
      : checkValues(kpi, (field, label) =>
          typeof field.value === "number" && field.value < 0
            ? finding(
                "negative-count",
                "error",
                field,
                `${label} of ${kpi.id} is ${String(field.value)}, but a count cannot be negative`,
                { sector: sector.id }
              )
            : null
        )
  );

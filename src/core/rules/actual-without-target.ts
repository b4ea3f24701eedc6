import { isEmptyCell } from "../snapshot";
import { finding } from "./finding";
import { checkYears, kpiFindings, NONE } from "./kpi-cells";
import type { Rule } from "./rule";

/** An actual reported for a year that has no target: progress cannot be judged. */
export const actualWithoutTarget: Rule = (report) =>
  kpiFindings(report, ({ sector, kpi }) =>
    kpi.measure === "qualitative"
      ? NONE
      : checkYears(kpi, (y) =>
          !isEmptyCell(y.actual.value) && isEmptyCell(y.target.value)
            ? finding(
                "actual-without-target",
                "warning",
                y.target,
                `${kpi.id} has an actual for ${y.year} but no target`,
                { sector: sector.id, fix: `Enter the ${y.year} target.` }
              )
            : null
        )
  );

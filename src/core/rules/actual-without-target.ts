import { isEmptyCell } from "../snapshot";
import { finding } from "./finding";
import { allKpis } from "./kpi-cells";
import type { Rule } from "./rule";

/** An actual reported for a year that has no target: progress cannot be judged. */
export const actualWithoutTarget: Rule = (report) =>
  allKpis(report).flatMap(({ sector, kpi }) =>
    kpi.measure === "qualitative"
      ? []
      : kpi.years
          .filter((y) => !isEmptyCell(y.actual.value) && isEmptyCell(y.target.value))
          .map((y) => finding("actual-without-target", "warning", y.target.at, `${kpi.id} has an actual for ${y.year} but no target`, { sector: sector.id, fix: `Enter the ${y.year} target.` }))
  );

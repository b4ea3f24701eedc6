import { finding } from "../findings";
import { kpiFindings, NONE } from "./kpi-cells";
import type { Rule } from "./rule";

/** A baseline year after the plan's end or implausibly early, or a year column the plan's period does not have. */
export const yearOutOfPeriod: Rule = (report, context) => {
  const { plan } = context;
  return [
    ...report.sectors.flatMap((sector) =>
      sector.yearHeaders
        .filter(({ year }) => year < plan.period.start || year > plan.period.end)
        .map(({ year, at }) =>
          finding(
            "year-out-of-period",
            "error",
            at,
            `Sheet "${at.sheet}" has columns for ${year}, outside the plan's period ${plan.period.start}-${plan.period.end}`,
            { sector: sector.id }
          )
        )
    ),
    ...kpiFindings(report, context, ({ sector, kpi }) => {
      const y = kpi.baselineYear.value;
      if (y === null) return NONE;
      const ok =
        typeof y === "number" &&
        Number.isInteger(y) &&
        y >= plan.period.start - 30 &&
        y <= plan.period.end;
      return ok
        ? NONE
        : [
            finding(
              "year-out-of-period",
              "error",
              kpi.baselineYear,
              `Baseline year of ${kpi.id} is ${typeof y === "object" ? "not a year" : String(y)}; it must be a year up to ${plan.period.end}`,
              {
                sector: sector.id,
                fix: `Type the year the baseline was measured, usually ${plan.period.start - 1}.`,
              }
            ),
          ];
    }),
  ];
};

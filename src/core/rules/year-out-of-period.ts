import { finding } from "../findings";
import { kpiFindings, NONE } from "./kpi-cells";
import type { Rule } from "./rule";
import { header } from "./words";

/** A baseline year after the plan's end or implausibly early, or a year column the plan's period does not have. */
export const yearOutOfPeriod: Rule = (report, context) => {
  const { plan, i18n } = context;
  return [
    ...report.sectors.flatMap((sector) =>
      sector.yearHeaders
        .filter(({ year }) => year < plan.period.start || year > plan.period.end)
        .map(({ year, at }) =>
          finding(
            "year-out-of-period",
            "error",
            at,
            i18n.t("finding.year-out-of-period.columns", {
              sheet: at.sheet,
              year,
              start: plan.period.start,
              end: plan.period.end,
            }),
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
              i18n.t("finding.year-out-of-period.baseline", {
                column: header(context, "baselineYear"),
                kpi: kpi.id,
                value: typeof y === "object" ? i18n.t("finding.value.notAYear") : String(y),
                end: plan.period.end,
              }),
              {
                sector: sector.id,
                fix: i18n.t("finding.year-out-of-period.fixBaseline", {
                  year: plan.period.start - 1,
                }),
              }
            ),
          ];
    }),
  ];
};

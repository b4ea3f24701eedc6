import type { KpiEntry } from "../../src/core/layout";
import type { Plan } from "../../src/core/plan";
import { makePlan, makePlanFile } from "./make-plan";

const MEASURES = ["number", "percentage", "yes-no", "milestone", "qualitative"] as const;

/** The plan file of planWithKpis(n), as a plans folder holds it. */
export const planFileWithKpis = (n: number): Record<string, unknown> => {
  const file = makePlanFile();
  const [a, b] = file.sectors as Record<string, unknown>[];
  const kpis = Array.from({ length: n }, (_, i) => ({
    id: `A.kpi.1.${i + 1}`,
    text: `KPI ${i + 1}`,
    measure: MEASURES[i % MEASURES.length],
    direction: i % 2 === 0 ? "up" : "down",
    unit:
      MEASURES[i % MEASURES.length] === "number"
        ? "count"
        : MEASURES[i % MEASURES.length] === "percentage"
          ? "%"
          : "",
  }));
  const first = (a?.results as Record<string, unknown>[])[0];
  return makePlanFile({ sectors: [{ ...a, results: [{ ...first, kpis }] }, b] });
};

/** The test plan with `n` KPIs in sector A, of every measure and direction. */
export const planWithKpis = (n: number): Plan => makePlan({ sectors: planFileWithKpis(n).sectors });

/** Plausible values, with one row in twenty carrying a mistake, so that rules have work to do. */
export const entriesFor = (plan: Plan): Map<string, KpiEntry> =>
  new Map(
    (plan.sectors[0]?.results[0]?.kpis ?? []).map((kpi, i) => {
      const bad = i % 20 === 0;
      const numeric = kpi.measure === "number" || kpi.measure === "percentage";
      const value = (v: number): string | number =>
        numeric
          ? v
          : kpi.measure === "yes-no"
            ? "Yes"
            : kpi.measure === "milestone"
              ? "In progress"
              : "Narrative";
      return [
        kpi.id,
        {
          baselineYear: 2019,
          baseline: value(50),
          targets: {
            "2020": value(kpi.direction === "up" ? 60 : 40),
            "2021": value(kpi.direction === "up" ? 70 : 30),
          },
          actuals: {
            "2020": value(55),
            "2021": bad ? "12%" : value(kpi.direction === "up" ? 66 : 33),
          },
          evidence: i % 3 === 0 ? "Report" : null,
        },
      ];
    })
  );

/** The entries of a workbook with no validation error: every actual meets its target, each Met KPI gives evidence. */
export const cleanEntriesFor = (plan: Plan): Map<string, KpiEntry> =>
  new Map(
    [...entriesFor(plan)].map(([id, e]) => [
      id,
      {
        ...e,
        evidence: "Annual report",
        actuals: { ...e.actuals, "2021": e.targets?.["2021"] ?? null },
      },
    ])
  );

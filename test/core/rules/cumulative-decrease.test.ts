import { makePlan, makePlanFile } from "../../support/make-plan";
import { findingsOf } from "../../support/rule-harness";

/** The test plan with A.kpi.1.1 (participants) declared a running total. */
const cumulativePlan = () => {
  const file = makePlanFile();
  const [a, b] = file.sectors as Record<string, unknown>[];
  const [first, second] = (a?.results ?? []) as Record<string, unknown>[];
  const kpis = (first?.kpis ?? []) as Record<string, unknown>[];
  return makePlan({
    sectors: [
      {
        ...a,
        results: [{ ...first, kpis: [{ ...kpis[0], cumulative: true }, ...kpis.slice(1)] }, second],
      },
      b,
    ],
  });
};

describe("cumulative-decrease", () => {
  it("finds nothing where a running total grows", () => {
    expect(findingsOf("cumulative-decrease", {}, cumulativePlan())).toEqual([]);
  });

  it("reports a running total that falls from one year to the next", () => {
    expect(findingsOf("cumulative-decrease", { "A KPIs!N2": 105 }, cumulativePlan())).toEqual([
      "A KPIs!N2: Actual 2021 of A.kpi.1.1 (105) is below 2020's (112), but this KPI is a running total",
    ]);
  });

  it("leaves a per-year KPI free to fall", () => {
    expect(findingsOf("cumulative-decrease", { "A KPIs!N2": 105 })).toEqual([]);
  });
});

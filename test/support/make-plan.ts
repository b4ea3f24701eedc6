import { loadPlan, Plan } from "../../src/core/plan";

/** A small, valid plan file as JSON: two sectors, one KPI of each measure, links in both tables. */
export const makePlanFile = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  $schema: "./plan.schema.json",
  formatVersion: 1,
  id: "test-2020-2023",
  version: "1.0.0",
  title: "Test plan 2020-2023",
  source: "Test resolution",
  period: { start: 2020, end: 2023 },
  goalTable: { number: "8.1", title: "Objectives and goals", rowHeader: "" },
  goals: [
    { id: "goal.A", label: "Goal A", title: "Goal of sector A", text: "Do A.", sector: "A" },
    { id: "goal.B", label: "Goal B", title: "Goal of sector B", text: "Do B.", sector: "B" },
  ],
  sectors: [
    {
      id: "A",
      name: "Sector A",
      outputTable: { number: "4.1", title: "A Outputs and Objectives", outputsHeader: "Outputs" },
      resultsTable: { number: "4.2", title: "Objectives, outputs, expected results and KPIs of A" },
      objectives: [
        {
          id: "A.obj.1",
          number: 1,
          label: "Objective 1",
          text: "First objective of A.",
          goals: ["goal.A"],
        },
        {
          id: "A.obj.2",
          number: 2,
          label: "Objective 2",
          text: "Second objective of A.",
          goals: ["goal.A"],
        },
      ],
      outputs: [
        { id: "A.out.1", name: "Conference", objectives: ["A.obj.1"] },
        { id: "A.out.2", name: "Publications", objectives: ["A.obj.1", "A.obj.2"] },
      ],
      results: [
        {
          objective: "A.obj.1",
          objectiveText: "Objective 1: First objective of A",
          outputs: ["Conference", "Publications"],
          expectedResults: [{ id: "A.er.1.1", text: "A conference held" }],
          kpis: [
            {
              id: "A.kpi.1.1",
              text: "Number of participants",
              measure: "number",
              direction: "up",
              unit: "count",
            },
            {
              id: "A.kpi.1.2",
              text: "Processing time",
              measure: "number",
              direction: "down",
              unit: "days",
            },
            {
              id: "A.kpi.1.3",
              text: "Satisfaction",
              measure: "percentage",
              direction: "up",
              unit: "%",
            },
          ],
        },
        {
          objective: "A.obj.2",
          objectiveText: "Objective 2: Second objective of A",
          outputs: ["Publications"],
          expectedResults: [{ id: "A.er.2.1", text: "Publications sold\n• on paper\n• online" }],
          kpis: [
            {
              id: "A.kpi.2.1",
              text: "Audit unqualified",
              measure: "yes-no",
              direction: "up",
              unit: "",
            },
            {
              id: "A.kpi.2.2",
              text: "Ethics policy",
              measure: "milestone",
              direction: "up",
              unit: "",
            },
            {
              id: "A.kpi.2.3",
              text: "Recognition",
              measure: "qualitative",
              direction: "up",
              unit: "",
            },
          ],
        },
      ],
    },
    {
      id: "B",
      name: "Sector B",
      outputTable: { number: "5.1", title: "B Outputs and Objectives", outputsHeader: "Outputs" },
      resultsTable: null,
      objectives: [
        { id: "B.obj.1", number: 1, label: "Objective 1", text: "Only objective of B.", goals: [] },
      ],
      outputs: [{ id: "B.out.1", name: "Study groups", objectives: ["B.obj.1"] }],
      results: [],
    },
  ],
  ...overrides,
});

/** The same small plan, loaded. */
export const makePlan = (overrides: Record<string, unknown> = {}): Plan => {
  const result = loadPlan(makePlanFile(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

/**
 * Version 2.0.0 of the test plan, as a corrected plan file would come: KPI A.kpi.1.1's text corrected, output
 * A.out.2 ("Publications") removed, KPI A.kpi.2.3 removed, and KPIs A.kpi.1.4 and A.kpi.2.4 added.
 */
export const makePlanFileV2 = (): Record<string, unknown> => {
  const v1 = makePlanFile() as { sectors: Record<string, unknown>[] };
  const [a, b] = v1.sectors as [Record<string, unknown>, Record<string, unknown>];
  const results = a.results as { kpis: Record<string, unknown>[]; outputs: string[] }[];
  const [r1, r2] = results as [(typeof results)[number], (typeof results)[number]];
  return makePlanFile({
    version: "2.0.0",
    sectors: [
      {
        ...a,
        outputs: [{ id: "A.out.1", name: "Conference", objectives: ["A.obj.1"] }],
        results: [
          {
            ...r1,
            outputs: ["Conference"],
            kpis: [
              { ...r1.kpis[0], text: "Number of participants, in person and online" },
              ...r1.kpis.slice(1),
              {
                id: "A.kpi.1.4",
                text: "Share of women among participants",
                measure: "percentage",
                direction: "up",
                unit: "%",
              },
            ],
          },
          {
            ...r2,
            outputs: ["Conference"],
            kpis: [
              ...r2.kpis.slice(0, 2),
              {
                id: "A.kpi.2.4",
                text: "Internal audit recommendations closed",
                measure: "number",
                direction: "up",
                unit: "count",
              },
            ],
          },
        ],
      },
      b,
    ],
  });
};

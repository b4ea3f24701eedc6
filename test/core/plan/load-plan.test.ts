import { loadPlan, parsePlanFile, formatPlanFileError } from "../../../src/core/plan";
import { makePlanFile } from "../../support/make-plan";

const errorsOf = (json: unknown): string[] => {
  const result = loadPlan(json);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
};
const withSectorA = (
  change: (a: Record<string, unknown>) => Record<string, unknown>
): Record<string, unknown> => {
  const file = makePlanFile();
  const [a, ...rest] = file.sectors as Record<string, unknown>[];
  return { ...file, sectors: [change(a as Record<string, unknown>), ...rest] };
};

describe("loadPlan", () => {
  it("loads a valid plan and fills in the default status bands", () => {
    const result = loadPlan(makePlanFile());
    expect(result.ok && result.value.reporting).toEqual({
      statusBands: { met: 1, onTrack: 0.8 },
      milestoneStages: ["Not started", "In progress", "Completed"],
      jumpThreshold: 1,
    });
  });

  it("names the JSON path of a field of the wrong type", () => {
    expect(errorsOf(makePlanFile({ period: { start: 2020, end: "2023" } }))).toEqual([
      "$.period.end: Invalid input: expected number, received string",
    ]);
  });

  it("rejects an unknown measure at its path", () => {
    const json = withSectorA((a) => ({
      ...a,
      results: [
        {
          ...(a.results as Record<string, unknown>[])[0],
          kpis: [{ id: "A.kpi.1.1", text: "x", measure: "ratio", direction: "up", unit: "" }],
        },
      ],
    }));
    expect(errorsOf(json)[0]).toMatch(/^\$\.sectors\[0\]\.results\[0\]\.kpis\[0\]\.measure: /);
  });

  it("rejects a link to an objective that does not exist", () => {
    const json = withSectorA((a) => ({
      ...a,
      outputs: [{ id: "A.out.1", name: "Conference", objectives: ["A.obj.9"] }],
    }));
    expect(errorsOf(json)).toEqual([
      '$.sectors[0].outputs[0].objectives[0]: "A.obj.9" is not an objective of sector A',
    ]);
  });

  it("rejects a link to another sector's objective", () => {
    const json = withSectorA((a) => ({
      ...a,
      outputs: [{ id: "A.out.1", name: "Conference", objectives: ["B.obj.1"] }],
    }));
    expect(errorsOf(json)).toEqual([
      '$.sectors[0].outputs[0].objectives[0]: "B.obj.1" does not belong to sector A',
    ]);
  });

  it("rejects a duplicate id, naming both places", () => {
    const json = withSectorA((a) => ({
      ...a,
      outputs: [
        { id: "A.out.1", name: "Conference", objectives: ["A.obj.1"] },
        { id: "A.out.1", name: "Conference again", objectives: ["A.obj.1"] },
      ],
    }));
    expect(errorsOf(json)).toEqual([
      '$.sectors[0].outputs[1]: duplicate id "A.out.1" (first used at $.sectors[0].outputs[0])',
    ]);
  });

  it("rejects an objective-goal link to a goal the plan does not have", () => {
    const json = withSectorA((a) => ({
      ...a,
      objectives: [
        { id: "A.obj.1", number: 1, label: "Objective 1", text: "x", goals: ["goal.Z"] },
        (a.objectives as unknown[])[1],
      ],
    }));
    expect(errorsOf(json)).toEqual([
      '$.sectors[0].objectives[0].goals[0]: "goal.Z" is not a goal of this plan',
    ]);
  });

  it("rejects an objective whose number does not match its id", () => {
    const json = withSectorA((a) => ({
      ...a,
      objectives: [
        { id: "A.obj.1", number: 3, label: "Objective 1", text: "x", goals: [] },
        (a.objectives as unknown[])[1],
      ],
    }));
    expect(errorsOf(json)).toEqual([
      '$.sectors[0].objectives[0].number: number 3 does not match id "A.obj.1"',
    ]);
  });

  it("rejects unknown keys, __proto__ included, instead of letting them through", () => {
    const json = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(makePlanFile()).slice(1)}`
    );
    expect(errorsOf(json)).toEqual([expect.stringMatching(/^\$: Unrecognized key: "__proto__"/)]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects status bands where on track is above met", () => {
    expect(
      errorsOf(makePlanFile({ reporting: { statusBands: { met: 0.9, onTrack: 0.95 } } }))
    ).toEqual(["$.reporting.statusBands: onTrack (0.95) is above met (0.9)"]);
  });
});

describe("parsePlanFile", () => {
  const text = JSON.stringify(makePlanFile(), null, 2);

  it("accepts a byte-order mark", () => {
    expect(parsePlanFile("test-2020-2023.json", `\uFEFF${text}`).ok).toBe(true);
  });

  it("names the file, line and column of a JSON syntax error", () => {
    const result = parsePlanFile("plan-data/x.json", '{\n  "id": "x",\n  oops\n}');
    expect(result.ok ? [] : result.errors.map(formatPlanFileError)).toEqual([
      expect.stringMatching(/^plan-data\/x\.json: is not valid JSON at line 3, column 3 /),
    ]);
  });

  it("requires the id inside to match the file name, so --plan finds the right file", () => {
    const result = parsePlanFile("plan-data/other.json", text);
    expect(result.ok ? [] : result.errors.map(formatPlanFileError)).toEqual([
      'plan-data/other.json: $.id: "test-2020-2023" does not match the file name (expected "other")',
    ]);
  });
});

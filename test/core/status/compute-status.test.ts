import { DEFAULT_REPORTING } from "../../../src/core/plan";
import { computeProgress, computeStatus, StatusInput } from "../../../src/core/status";

const number = (
  baseline: unknown,
  target: unknown,
  actual: unknown,
  direction: "up" | "down" = "up"
): StatusInput => ({
  measure: "number",
  direction,
  baseline,
  target,
  actual,
});
const status = (input: StatusInput): string => computeStatus(input, DEFAULT_REPORTING);

describe("computeProgress", () => {
  it.each([
    [number(10, 20, 20), 1],
    [number(10, 20, 18), 0.8],
    [number(10, 20, 5), -0.5],
    [number(10, 6, 7, "down"), 0.75],
    [number(10, 6, 12, "down"), -0.5],
  ])("measures how far the actual went from baseline to target (%o)", (input, expected) => {
    expect(computeProgress(input)).toBeCloseTo(expected, 12);
  });

  it.each([
    ["a target equal to the baseline", number(10, 10, 12)],
    ["a target the wrong way for a higher-is-better KPI", number(10, 5, 4)],
    ["a target the wrong way for a lower-is-better KPI", number(10, 20, 4, "down")],
    ["a missing actual", number(10, 20, null)],
    ["text in a number cell", number("12%", 20, 20)],
    ["a number typed as text", number(10, "20", 20)],
    ["a boolean, which Excel's ISNUMBER rejects", number(true, 20, 20)],
  ])("cannot be known with %s", (_, input) => {
    expect(computeProgress(input)).toBeNull();
  });
});

describe("computeStatus", () => {
  it("bands numbers and percentages: Met at 100%, On track at 80%, Off track below", () => {
    expect(
      [number(0, 100, 100), number(0, 100, 80), number(0, 100, 79.9), number(0, 100, 130)].map(
        status
      )
    ).toEqual(["Met", "On track", "Off track", "Met"]);
  });

  it("uses the plan's own bands", () => {
    const strict = { ...DEFAULT_REPORTING, statusBands: { met: 1, onTrack: 0.95 } };
    expect(computeStatus(number(0, 100, 90), strict)).toBe("Off track");
  });

  it("meets a yes/no KPI when the actual equals the target, ignoring case as Excel does", () => {
    const yesNo = (target: unknown, actual: unknown): StatusInput => ({
      measure: "yes-no",
      direction: "up",
      baseline: null,
      target,
      actual,
    });
    expect(
      [yesNo("Yes", "yes"), yesNo("Yes", "No"), yesNo("Yes", null), yesNo(null, "Yes")].map(status)
    ).toEqual(["Met", "Off track", "Not assessable", "Not assessable"]);
  });

  it("counts milestone stages: reached is Met, one stage short is On track, further is Off track", () => {
    const stage = (target: unknown, actual: unknown): StatusInput => ({
      measure: "milestone",
      direction: "up",
      baseline: null,
      target,
      actual,
    });
    expect(
      [
        stage("Completed", "Completed"),
        stage("Completed", "in progress"),
        stage("Completed", "Not started"),
        stage("Completed", "Done"),
      ].map(status)
    ).toEqual(["Met", "On track", "Off track", "Not assessable"]);
  });

  it("gives a qualitative KPI the status its officer's assessment of the year gives, whatever the case", () => {
    const assessed = (assessment: unknown, actual: unknown = "Held two workshops"): string =>
      status({
        measure: "qualitative",
        direction: "up",
        baseline: null,
        target: null,
        actual,
        assessment,
      });
    expect(
      ["Achieved", "partly achieved", "NOT ACHIEVED", "", null, "Maybe", 1].map((a) => assessed(a))
    ).toEqual([
      "Met",
      "On track",
      "Off track",
      "Not assessable",
      "Not assessable",
      "Not assessable",
      "Not assessable",
    ]);
  });

  it("leaves a qualitative KPI without an assessment Not assessable, whatever its narrative", () => {
    expect(
      status({
        measure: "qualitative",
        direction: "up",
        baseline: "low",
        target: "high",
        actual: "high",
      })
    ).toBe("Not assessable");
  });
});

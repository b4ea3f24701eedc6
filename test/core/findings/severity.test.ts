import { finding, SEVERITIES, summarize, worseSeverity } from "../../../src/core/findings";

describe("severities", () => {
  it("lists errors before warnings before info", () => {
    expect(SEVERITIES).toEqual(["error", "warning", "info"]);
    expect(worseSeverity("info", "warning")).toBe("warning");
    expect(worseSeverity("error", "warning")).toBe("error");
  });

  it("counts findings by severity", () => {
    const at = { sheet: "A KPIs", cell: "B2" };
    expect(
      summarize([
        finding("x", "error", at, "m"),
        finding("y", "info", at, "m"),
        finding("z", "info", at, "m"),
      ])
    ).toEqual({ errors: 1, warnings: 0, info: 2 });
  });
});

import { finding, Finding } from "../../src/core/findings";
import { groupFindings } from "../../src/taskpane/group-findings";

const at = (sheet: string, cell: string) => ({ sheet, cell });
const f = (sector: string | undefined, severity: Finding["severity"], cell: string): Finding =>
  finding(
    "rule",
    severity,
    at(`${sector ?? "Goals"} KPIs`, cell),
    `message ${cell}`,
    sector ? { sector } : {}
  );

describe("grouping findings for the pane", () => {
  it("lists workbook-wide findings first, then sectors in the workbook's order, errors before warnings before info", () => {
    const groups = groupFindings(
      [
        f("B", "info", "A1"),
        f("A", "warning", "A2"),
        f(undefined, "error", "A3"),
        f("A", "error", "A4"),
        f("B", "error", "A5"),
      ],
      ["A", "B"]
    );
    expect(
      groups.map((g) => [
        g.sector,
        g.groups.map((s) => [s.severity, s.findings.map((x) => x.cell)]),
      ])
    ).toEqual([
      [null, [["error", ["A3"]]]],
      [
        "A",
        [
          ["error", ["A4"]],
          ["warning", ["A2"]],
        ],
      ],
      [
        "B",
        [
          ["error", ["A5"]],
          ["info", ["A1"]],
        ],
      ],
    ]);
  });

  it("leaves out sectors without findings and still shows a sector the workbook does not list", () => {
    const groups = groupFindings([f("C", "warning", "B2")], ["A", "B"]);
    expect(groups.map((g) => g.sector)).toEqual(["C"]);
  });
});

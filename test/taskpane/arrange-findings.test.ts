import { finding, Finding } from "../../src/core/findings";
import { translatorFor, type MessageKey } from "../../src/core/i18n";
import { RULES, STRUCTURE_RULES } from "../../src/core/rules";
import { arrangeFindings, severityCounts } from "../../src/taskpane/arrange-findings";

const f = (
  sector: string | undefined,
  severity: Finding["severity"],
  cell: string,
  rule = "rule"
): Finding =>
  finding(
    rule,
    severity,
    { sheet: `${sector ?? "Goals"} KPIs`, cell },
    `message ${cell}`,
    sector ? { sector } : {}
  );

const name = (id: string): string => `Sector ${id}`;

/** Each group as [title, cells of its findings in order]. */
const shape = (groups: ReturnType<typeof arrangeFindings>) =>
  groups.map((g) => [g.title, g.findings.map((x) => x.cell)]);

const FINDINGS = [
  f("B", "info", "A1", "kpi-note"),
  f("A", "warning", "A2", "actual-missing"),
  f(undefined, "error", "A3", "sheet-missing"),
  f("A", "error", "A4", "actual-not-number"),
  f("B", "error", "A5", "actual-not-number"),
  f("B", "warning", "A6", "actual-missing"),
];

describe("arranging findings for the pane", () => {
  it("groups by sector: workbook-wide first, then sectors in the workbook's order, errors before warnings before notes", () => {
    expect(
      shape(arrangeFindings(FINDINGS, ["A", "B"], { show: "all", by: "sector" }, name))
    ).toEqual([
      ["Workbook", ["A3"]],
      ["Sector A", ["A4", "A2"]],
      ["Sector B", ["A5", "A6", "A1"]],
    ]);
  });

  it("groups by rule, titled as docs/rules.md titles it, the rule with the most severe finding first", () => {
    const groups = arrangeFindings(FINDINGS, ["A", "B"], { show: "all", by: "rule" }, name);
    expect(groups.map((g) => g.key)).toEqual([
      "sheet-missing",
      "actual-not-number",
      "actual-missing",
      "kpi-note",
    ]);
    expect(groups[0]?.title).toBe("A sheet of the reporting workbook is missing");
    expect(groups[1]?.findings.map((x) => x.cell)).toEqual(["A4", "A5"]);
    // A rule the pane has no title for keeps its id.
    expect(groups[3]?.title).toBe("kpi-note");
  });

  it("titles the rules in the pane's language, and in English as each rule's definition titles it", () => {
    const fr = arrangeFindings(
      FINDINGS,
      ["A", "B"],
      { show: "all", by: "rule" },
      name,
      translatorFor("fr")
    );
    expect(fr[0]?.title).toBe("Une feuille du classeur de rapport est manquante");
    expect(fr[2]?.title).toMatch(/^Aucune valeur réalisée pour l’année de rapport/);
    expect(fr[3]?.title).toBe("kpi-note");
    const en = translatorFor("en");
    for (const rule of [...STRUCTURE_RULES, ...RULES])
      expect([rule.id, en.t(`rule.title.${rule.id}` as MessageKey)]).toEqual([rule.id, rule.title]);
  });

  it("shows one severity only, leaving out the groups it empties", () => {
    expect(
      shape(arrangeFindings(FINDINGS, ["A", "B"], { show: "warning", by: "sector" }, name))
    ).toEqual([
      ["Sector A", ["A2"]],
      ["Sector B", ["A6"]],
    ]);
    expect(
      arrangeFindings(FINDINGS, ["A", "B"], { show: "info", by: "rule" }, name).map((g) => g.key)
    ).toEqual(["kpi-note"]);
  });

  it("still shows a sector the workbook does not list, after the listed ones", () => {
    expect(
      shape(
        arrangeFindings(
          [f("C", "warning", "B2"), f("A", "info", "B3")],
          ["A", "B"],
          { show: "all", by: "sector" },
          name
        )
      )
    ).toEqual([
      ["Sector A", ["B3"]],
      ["Sector C", ["B2"]],
    ]);
  });

  it("counts the findings of each severity", () => {
    expect(severityCounts(FINDINGS)).toEqual({ error: 3, warning: 2, info: 1 });
  });
});

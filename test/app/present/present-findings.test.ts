import type { ValidationOutcome } from "../../../src/app";
import { groupFindings, presentFindings } from "../../../src/app/present";
import { finding } from "../../../src/core/findings";
import { isPseudoLocalised, translatorFor } from "../../../src/core/i18n";

const outcome = (findings: ValidationOutcome["findings"]): ValidationOutcome => {
  const count = (s: string): number => findings.filter((f) => f.severity === s).length;
  return {
    planId: "p-2020",
    period: 2021,
    sectors: ["A", "B"],
    findings,
    summary: { errors: count("error"), warnings: count("warning"), info: count("info") },
  };
};

const aError = finding("actual-missing", "error", { sheet: "A KPIs", cell: "M2" }, "No actual", {
  sector: "A",
  fix: "Enter the actual",
});
const aWarning = finding(
  "target-wrong-direction",
  "warning",
  { sheet: "A KPIs", cell: "L3" },
  "Wrong way",
  {
    sector: "A",
  }
);
const bError = finding(
  "objective-has-goal",
  "error",
  { sheet: "B Objectives", cell: "A2" },
  "No goal",
  {
    sector: "B",
  }
);
const wide = finding("plan-version", "warning", { sheet: "_kpi_meta", cell: null }, "Older plan");

describe("presentFindings", () => {
  it("says what was checked and counts each severity, with plurals", () => {
    const view = presentFindings(outcome([aError, aWarning, wide]));
    expect(view.about).toBe("plan p-2020, reporting year 2021, sectors A, B");
    expect(view.summary).toBe("1 error, 2 warnings, 0 info (errors block submission)");
    expect(view.none).toBeNull();
    expect(presentFindings(outcome([wide])).summary).toBe("0 errors, 1 warning, 0 info");
  });

  it("groups workbook-wide findings first, then each sector, errors before warnings, with counts", () => {
    const view = presentFindings(outcome([bError, aWarning, wide, aError]));
    expect(view.groups.map((g) => [g.heading, g.count, g.groups.map((s) => s.heading)])).toEqual([
      ["Workbook", 1, ["Warnings (1)"]],
      ["A", 2, ["Errors (1)", "Warnings (1)"]],
      ["B", 1, ["Errors (1)"]],
    ]);
    expect(view.groups[1]?.groups[0]?.items[0]).toMatchObject({
      place: "A KPIs!M2",
      line: "A KPIs!M2  No actual  [actual-missing]",
    });
    expect(view.groups[0]?.groups[0]?.items[0]?.place).toBe("_kpi_meta!-");
  });

  it("keeps the findings of a sector the workbook does not list, rather than dropping them", () => {
    const stray = finding("duplicate-id", "error", { sheet: "C KPIs", cell: "A2" }, "Twice", {
      sector: "C",
    });
    expect(groupFindings([stray], ["A"]).map((g) => g.sector)).toEqual(["C"]);
  });

  it("lists only the severities asked for", () => {
    const view = presentFindings(outcome([aError, aWarning, wide]), { severities: ["error"] });
    expect(view.groups.map((g) => g.heading)).toEqual(["A"]);
    expect(view.summary).toBe("1 error, 2 warnings, 0 info (errors block submission)");
  });

  it("says so when there is nothing to report", () => {
    const view = presentFindings(outcome([]));
    expect(view.none).toBe("No findings: the workbook is ready to submit.");
    expect(view.groups).toEqual([]);
  });

  it("words the outcome in the translator's language, with its plural forms", () => {
    const findings = [aError, aWarning, wide, bError];
    expect(presentFindings(outcome(findings), {}, translatorFor("fr")).summary).toBe(
      "2 erreurs, 2 avertissements, informations : 0 (les erreurs empêchent la soumission)"
    );
    const ru = presentFindings(outcome(findings), {}, translatorFor("ru"));
    expect(ru.summary).toBe(
      "2 ошибки, 2 предупреждения, сведений: 0 (ошибки не позволяют представить отчет)"
    );
    expect(ru.groups.map((g) => g.heading)).toEqual(["Книга", "A", "B"]);
    expect(presentFindings(outcome([bError]), {}, translatorFor("ar")).summary).toBe(
      "خطأ واحد، لا تحذيرات، معلومات: 0 (الأخطاء تمنع التقديم)"
    );
    expect(presentFindings(outcome([]), {}, translatorFor("zh")).none).toBe(
      "没有发现问题：工作簿可以提交。"
    );
  });

  it("leaves no line of its own in plain English in the pseudo-locale", () => {
    const view = presentFindings(outcome([aError, aWarning, wide]), {}, translatorFor("qps-ploc"));
    const lines = [
      view.about,
      view.summary,
      ...view.groups.flatMap((g) =>
        g.groups.flatMap((s) => [s.heading, ...s.items.map((i) => i.line)])
      ),
    ];
    expect(lines.filter((line) => !isPseudoLocalised(line))).toEqual([]);
  });
});

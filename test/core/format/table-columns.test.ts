import {
  findColumns,
  GOALS_FORMAT,
  headerText,
  headerTexts,
  KPIS_FORMAT,
  LANGUAGES,
  OBJECTIVES_FORMAT,
  OUTPUTS_FORMAT,
  placeColumns,
  recogniseHeader,
  SECTOR_TABLES,
} from "../../../src/core/format";
import { buildReportingWorkbook } from "../../../src/core/layout";
import { makePlan } from "../../support/make-plan";

const plan = makePlan();
const spec = buildReportingWorkbook(plan, {
  sectors: [],
  period: 2021,
  createdAt: "2021-01-01T00:00:00Z",
  generator: "test",
});
const headersOf = (table: string): string[] =>
  spec.sheets
    .flatMap((s) => s.tables)
    .find((t) => t.name === table)
    ?.columns.map((c) => c.header) ?? [];

describe("the workbook format's columns", () => {
  it("writes the KPI table's headers as the format declares them, a target, an actual and an assessment for each plan year", () => {
    expect(headersOf("A_KPIs")).toEqual([
      "KPI ID",
      "Objective ID",
      "Output ID",
      "KPI",
      "Measure",
      "Direction",
      "Unit",
      "Baseline year",
      "Baseline",
      "Target 2020",
      "Actual 2020",
      "Assessment 2020",
      "Target 2021",
      "Actual 2021",
      "Assessment 2021",
      "Target 2022",
      "Actual 2022",
      "Assessment 2022",
      "Target 2023",
      "Actual 2023",
      "Assessment 2023",
      "Progress 2021",
      "Status 2021",
      "Data note",
      "Evidence / comment",
    ]);
  });

  it("puts a link column per goal on Objectives and per objective on Outputs, headed by its label", () => {
    expect(headersOf("A_Objectives")).toEqual([
      "Objective ID",
      "No.",
      "Objective",
      "Short title",
      "Text",
      "Goal A",
      "Goal B",
    ]);
    expect(headersOf("A_Outputs").slice(3)).toEqual(["Objective 1", "Objective 2"]);
  });

  it("finds every column the writer wrote in every sector table, and only the link columns as others", () => {
    for (const format of SECTOR_TABLES) {
      const headers = headersOf(format.tableName("A"));
      const found = findColumns(format, headers);
      expect(found.missing).toEqual([]);
      const others = found.others.map((i) => headers[i]);
      if (format === OBJECTIVES_FORMAT) expect(others).toEqual(["Goal A", "Goal B"]);
      else if (format === OUTPUTS_FORMAT) expect(others).toEqual(["Objective 1", "Objective 2"]);
      else expect(others).toEqual([]);
    }
  });

  it("recognises a header whatever its case and spacing, and a per-year header with its year", () => {
    expect(recogniseHeader("  kpi   id ", ["kpiId"])).toEqual({ key: "kpiId" });
    expect(recogniseHeader("TARGET  2013", ["target", "actual"])).toEqual({
      key: "target",
      year: 2013,
    });
    expect(recogniseHeader("Target 13", ["target"])).toBeUndefined();
    expect(recogniseHeader("Target 2013", ["actual"])).toBeUndefined();
  });

  it("reads columns in any order and says which required ones are missing, in declaration order", () => {
    const headers = ["Evidence / comment", "Status 2021", "Actual 2021", "KPI ID", "Target 2021"];
    const found = findColumns(KPIS_FORMAT, headers);
    expect(found.index("kpiId")).toBe(3);
    expect(found.yearIndex("actual", 2021)).toBe(2);
    expect(found.yearIndex("status", 2021)).toBe(1);
    expect(found.yearIndex("target", 2020)).toBe(-1);
    expect(found.years(["target", "actual"])).toEqual([2021]);
    expect(found.missing.map((key) => headerText(key))).toEqual([
      "Objective ID",
      "Output ID",
      "KPI",
      "Measure",
      "Direction",
      "Unit",
      "Baseline year",
      "Baseline",
      "Data note",
    ]);
  });

  it("takes the first of two columns with one header", () => {
    expect(findColumns(GOALS_FORMAT, ["Goal", "Goal ID", "goal"]).index("goal")).toBe(0);
  });

  it("has a text for every header in every language it knows, and resolves each header for a language", () => {
    const keys = Object.keys(headerTexts("en"));
    for (const language of LANGUAGES) {
      expect(Object.keys(headerTexts(language)).sort()).toEqual([...keys].sort());
      const placed = placeColumns(KPIS_FORMAT, { language, years: [2020], reportingYear: 2020 });
      expect(
        findColumns(
          KPIS_FORMAT,
          placed.map((c) => c.header)
        ).missing
      ).toEqual([]);
    }
    expect(headerText("actual", "en", 2013)).toBe("Actual 2013");
  });

  it("reads the headers of a table written in any of the six languages", () => {
    expect(headerText("actual", "fr", 2013)).toBe("Réalisé 2013");
    expect(headerText("target", "zh", 2013)).toBe("2013 年目标值");
    for (const language of LANGUAGES) {
      const placed = placeColumns(KPIS_FORMAT, {
        language,
        years: [2012, 2013],
        reportingYear: 2013,
      });
      const found = findColumns(
        KPIS_FORMAT,
        placed.map((c) => c.header)
      );
      expect([found.yearIndex("actual", 2013), found.index("measure")]).toEqual([
        placed.findIndex((c) => c.key === "actual" && c.year === 2013),
        placed.findIndex((c) => c.key === "measure"),
      ]);
    }
  });

  it("never gives one header text two meanings across the languages", () => {
    const meaning = new Map<string, string>();
    const clashes = LANGUAGES.flatMap((language) =>
      Object.entries(headerTexts(language)).flatMap(([key, text]) => {
        const known = meaning.get(text.toLowerCase());
        meaning.set(text.toLowerCase(), key);
        return known !== undefined && known !== key
          ? [`${language} ${text}: ${known} or ${key}`]
          : [];
      })
    );
    expect(clashes).toEqual([]);
  });
});

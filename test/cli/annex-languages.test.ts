import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { headerText, labelsIn, type Language } from "../../src/core/format";
import { CATALOGS, translatorFor, type MessageKey } from "../../src/core/i18n";
import { kpiReport, tempDir } from "../support/cli-harness";
import { PYTHON } from "../support/other-tool-corpus";

const CORRECTED = "samples/itu-2012-2015.corrected.json";
const SAMPLE = "samples/itu-2012-2015.sample.json";
type Cell = string | number | boolean | null;

interface ReadSheet {
  readonly name: string;
  readonly rtl: boolean;
  readonly footer: string;
  readonly rows: Cell[][];
}

/** Every sheet of a workbook as openpyxl (an independent reader) sees it: name, direction, footer, values. */
const readSheets = (file: string): ReadSheet[] =>
  JSON.parse(
    execFileSync(
      PYTHON,
      [
        "-c",
        `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([{"name": ws.title, "rtl": bool(ws.sheet_view.rightToLeft),
  "footer": ws.oddFooter.left.text or "",
  "rows": [list(r) for r in ws.iter_rows(values_only=True)]}
  for ws in wb.worksheets if ws.sheet_state == "visible"], default=str))`,
        file,
      ],
      { maxBuffer: 64 * 1024 * 1024 }
    ).toString()
  ) as ReadSheet[];

/** A workbook of the whole 2012-2015 plan written with `new --lang`, filled with a values file. */
const newWorkbook = async (language: Language, values = CORRECTED): Promise<string> => {
  const file = join(tempDir(), `${language}.xlsx`);
  const made = await kpiReport(
    ...["new", "--plan", "itu-2012-2015", "--period", "2013", "--values", values],
    ...["--out", file, "--lang", language]
  );
  expect(made.code).toBe(0);
  return file;
};

/** `annex` without --lang: the annex in the workbook's own language. */
const annexOf = async (workbook: string, ...extra: string[]): Promise<ReadSheet[]> => {
  const out = join(tempDir(), "annex.xlsx");
  const made = await kpiReport("annex", workbook, "--out", out, ...extra);
  expect(made.code).toBe(0);
  return readSheets(out);
};

/** `matrix --out` without --lang: the workbook with its matrix sheets, in its own language. */
const matrixOf = async (workbook: string): Promise<ReadSheet[]> => {
  const out = join(tempDir(), "matrix.xlsx");
  expect((await kpiReport("matrix", workbook, "--out", out)).code).toBe(0);
  return readSheets(out).filter((s) => /^(Part II Matrix|Outputs by Goal)/.test(s.name));
};

/** A sheet's figures where they are, and only where text is: what must not change with the language. */
const figures = (sheet: ReadSheet): Cell[][] =>
  sheet.rows.map((row) => row.map((v) => (typeof v === "string" ? "text" : v)));

const t = (language: Language, key: MessageKey, values?: Record<string, string>): string =>
  translatorFor(language).t(key, values);

/** Every text of the plan file: the plan's own words, which stay as the plan gives them (Table X.1's "Outputs"). */
const PLAN_TEXTS: ReadonlySet<string> = (() => {
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === "string") texts.add(value);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(JSON.parse(readFileSync("plan-data/itu-2012-2015.json", "utf8")));
  return texts;
})();

/** The English annex words that another language writes differently: none may be left in its annex. */
const englishLeftIn = (language: Language, sheets: readonly ReadSheet[]): string[] => {
  const english = (Object.keys(CATALOGS.en) as MessageKey[])
    .filter((key) => /^(annex\.(header|sheet|status|notes|draft)|matrix\.grid)\./.test(key))
    .filter((key) => !CATALOGS.en[key].includes("{"))
    .filter((key) => CATALOGS.en[key] !== CATALOGS[language][key])
    .map((key) => CATALOGS.en[key]);
  const own = Object.values<string>(labelsIn("status", language));
  const statuses = Object.values<string>(labelsIn("status", "en")).filter((w) => !own.includes(w));
  const words = new Set([...english, ...statuses].filter((w) => !PLAN_TEXTS.has(w)));
  return sheets.flatMap((s) =>
    s.rows.flatMap((row) => row.filter((v): v is string => typeof v === "string" && words.has(v)))
  );
};

describe("the annex and the Part II matrix in the workbook's language", () => {
  const annex: Partial<Record<Language, ReadSheet[]>> = {};
  const matrix: Partial<Record<Language, ReadSheet[]>> = {};

  beforeAll(async () => {
    for (const language of ["en", "fr", "ar"] as const) {
      const workbook = await newWorkbook(language);
      annex[language] = await annexOf(workbook);
      matrix[language] = await matrixOf(workbook);
    }
  }, 600_000);

  it.each(["fr", "ar"] as const)(
    "%s: the same sheets, rows and figures as the English annex and matrix",
    (language) => {
      const english = annex.en ?? [];
      const translated = annex[language] ?? [];
      expect(translated.length).toBe(english.length);
      translated.forEach((sheet, i) => expect(figures(sheet)).toEqual(figures(english[i]!)));
      const ownMatrix = matrix[language] ?? [];
      expect(ownMatrix.map((s) => s.name)).toEqual((matrix.en ?? []).map((s) => s.name));
      ownMatrix.forEach((sheet, i) => expect(figures(sheet)).toEqual(figures(matrix.en![i]!)));
    }
  );

  it.each(["en", "fr", "ar"] as const)(
    "%s: every sheet name, title and header comes from the catalog, statuses as the workbook writes them",
    (language) => {
      const sheets = annex[language] ?? [];
      const period = "2013";
      expect(sheets.map((s) => s.name)).toEqual([
        t(language, "annex.sheet.statusSummary"),
        t(language, "annex.sheet.resourcesByGoal"),
        t(language, "annex.sheet.budgetExecution"),
        ...["4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "8.1"].map((number) =>
          t(language, "annex.sheet.table", { number })
        ),
        t(language, "annex.sheet.notes"),
      ]);
      const [summary, resources, execution] = sheets;
      const statuses = Object.values(labelsIn("status", language));
      expect(summary?.rows[0]?.[0]).toBe(t(language, "annex.status.title", { period }));
      expect(summary?.rows.find((r) => r[0] === headerText("sector", language))).toEqual([
        headerText("sector", language),
        ...statuses,
        t(language, "annex.header.kpiCount"),
      ]);
      expect(summary?.rows.some((r) => r[0] === t(language, "annex.status.byObjective"))).toBe(
        true
      );
      expect(resources?.rows[0]?.[0]).toBe(t(language, "annex.resources.title", { period }));
      expect(execution?.rows[0]?.[0]).toBe(t(language, "annex.execution.title", { period }));
      const money = { period, hasCurrency: "yes", currency: "CHF" };
      expect(
        execution?.rows.find((r) => r[0] === t(language, "annex.header.sectorOutput"))
      ).toEqual([
        t(language, "annex.header.sectorOutput"),
        t(language, "annex.header.budget", money),
        t(language, "annex.header.expenditure", money),
        t(language, "annex.header.execution"),
        ...statuses,
        t(language, "annex.header.check"),
      ]);

      const x2 = sheets[4];
      expect(String(x2?.rows[0]?.[0])).toMatch(
        new RegExp(
          `^${t(language, "annex.caption", { number: "4.2", title: "" }).replace(/[.]/g, "\\.")}`
        )
      );
      const header = x2?.rows.find((r) => r[0] === t(language, "annex.header.objectives"));
      expect(header).toEqual([
        t(language, "annex.header.objectives"),
        t(language, "annex.header.outputs"),
        t(language, "annex.header.expectedResults"),
        t(language, "annex.header.kpis"),
        headerText("target", language, 2013),
        headerText("actual", language, 2013),
        headerText("status", language, 2013),
      ]);
      const body = x2?.rows.slice((x2?.rows.indexOf(header!) ?? 0) + 1) ?? [];
      expect(body.length).toBeGreaterThan(10);
      expect(body.every((r) => r[6] === null || statuses.includes(String(r[6])))).toBe(true);

      const [, middle] = t(language, "annex.footer", { document: "<d>", period, date: "<date>" })
        .replace("<date>", "<d>")
        .split("<d>");
      expect(sheets.filter((s) => !s.footer.includes(middle ?? "?")).map((s) => s.name)).toEqual(
        []
      );
      expect(englishLeftIn(language, sheets)).toEqual([]);
    }
  );

  it.each(["en", "fr", "ar"] as const)(
    "%s: the matrix sheets' titles, totals and checks come from the catalog",
    (language) => {
      const [goals, outputs] = matrix[language] ?? [];
      expect(goals?.rows[0]?.[0]).toMatch(/8\.1/);
      const goalHeader = goals?.rows.find((r) =>
        r.includes(t(language, "matrix.grid.goalsLinked"))
      );
      expect(goalHeader?.slice(-2)).toEqual([
        t(language, "matrix.grid.goalsLinked"),
        t(language, "matrix.grid.check"),
      ]);
      expect(goals?.rows.some((r) => r[0] === t(language, "matrix.grid.objectivesPerGoal"))).toBe(
        true
      );
      expect(outputs?.rows[0]?.[0]).toBe(t(language, "matrix.title.outputsByGoal"));
      const outputHeader = outputs?.rows.find(
        (r) => r[0] === t(language, "matrix.grid.sectorOutput")
      );
      expect(outputHeader?.slice(-2)).toEqual([
        t(language, "matrix.grid.goalsServed"),
        t(language, "matrix.grid.check"),
      ]);
      expect(englishLeftIn(language, matrix[language] ?? [])).toEqual([]);
    }
  );

  it("reads right to left in Arabic, every annex and matrix sheet, and left to right in French and English", () => {
    expect((annex.ar ?? []).filter((s) => !s.rtl).map((s) => s.name)).toEqual([]);
    expect((matrix.ar ?? []).filter((s) => !s.rtl).map((s) => s.name)).toEqual([]);
    for (const language of ["en", "fr"] as const) {
      expect([...(annex[language] ?? []), ...(matrix[language] ?? [])].some((s) => s.rtl)).toBe(
        false
      );
    }
  });

  it("keeps the plan's own texts as the plan gives them", () => {
    const planText = (sheets: readonly ReadSheet[]): Cell[] =>
      sheets[4]?.rows.slice(3).map((r) => r[3] ?? null) ?? [];
    expect(planText(annex.en ?? [])).toContain("Timely application of Council Decision 482");
    expect(planText(annex.fr ?? [])).toEqual(planText(annex.en ?? []));
    expect(planText(annex.ar ?? [])).toEqual(planText(annex.en ?? []));
  });

  it("writes the annex in the language --lang asks for, whatever the workbook's", async () => {
    const english = await newWorkbook("en");
    const french = await annexOf(english, "--lang", "fr");
    expect(french[0]?.name).toBe("Synthèse des statuts");
    expect(french[0]?.rows[0]?.[0]).toBe("Statut des indicateurs clés de performance, 2013");
  }, 120_000);

  it("marks a French draft in French on every sheet's title and footer", async () => {
    const sheets = await annexOf(await newWorkbook("fr", SAMPLE), "--draft");
    const mark = t("fr", "annex.draft.mark");
    expect(mark).toBe("PROJET, non validé");
    expect(sheets.filter((s) => !String(s.rows[0]?.[0]).startsWith(`${mark} : `))).toEqual([]);
    expect(sheets.filter((s) => !s.footer.startsWith(`${mark} - `))).toEqual([]);
  }, 120_000);
});

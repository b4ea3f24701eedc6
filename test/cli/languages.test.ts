import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { PYTHON } from "../support/other-tool-corpus";
import { kpiReport, kpiReportIn, tempDir } from "../support/cli-harness";

interface Issue {
  readonly rule: string;
  readonly severity: string;
  readonly sheet: string;
  readonly cell: string | null;
}

const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
const SAMPLES = {
  sample: "samples/itu-2012-2015.sample.json",
  corrected: "samples/itu-2012-2015.corrected.json",
} as const;

/** `new --lang` on the whole 2012-2015 plan filled with a values file, then `validate --json`. */
const newAndValidate = async (
  language: string,
  values: string
): Promise<{ file: string; made: string; issues: Issue[] }> => {
  const file = join(tempDir(), `${language}.xlsx`);
  const made = await kpiReport(
    ...["new", "--plan", "itu-2012-2015", "--period", "2013", "--values", values],
    ...["--out", file, "--lang", language]
  );
  expect(made).toMatchObject({ code: 0, err: "" });
  const checked = await kpiReport("validate", file, "--json");
  const issues = (JSON.parse(checked.out) as { issues: Issue[] }).issues;
  return { file, made: made.out, issues };
};

/** The sheets of a workbook as openpyxl (an independent reader) sees them: name, right to left, A1, _kpi_meta. */
const sheetsOf = (file: string): { name: string; rtl: boolean; a1: unknown }[] =>
  JSON.parse(
    execFileSync(PYTHON, [
      "-c",
      `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([{"name": ws.title, "rtl": bool(ws.sheet_view.rightToLeft), "a1": ws["A1"].value} for ws in wb.worksheets]))`,
      file,
    ]).toString()
  ) as { name: string; rtl: boolean; a1: unknown }[];

/** The key/value rows of a workbook's _kpi_meta, read by openpyxl. */
const metaOf = (file: string): Record<string, unknown> =>
  JSON.parse(
    execFileSync(PYTHON, [
      "-c",
      `import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["_kpi_meta"]
print(json.dumps({r[0]: r[1] for r in ws.iter_rows(min_row=2, values_only=True)}))`,
      file,
    ]).toString()
  ) as Record<string, unknown>;

const place = (i: Issue): string => `${i.rule} ${i.cell ?? "-"}`;

describe("workbooks in the six languages", () => {
  const english: Partial<Record<keyof typeof SAMPLES, Issue[]>> = {};

  beforeAll(async () => {
    for (const kind of Object.keys(SAMPLES) as (keyof typeof SAMPLES)[])
      english[kind] = (await newAndValidate("en", SAMPLES[kind])).issues;
  }, 120_000);

  it("finds the sample's deliberate mistakes in English, and no error or warning in the corrected values", () => {
    expect(english.sample?.filter((i) => i.severity === "error").length).toBeGreaterThan(3);
    expect(english.corrected?.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== "en"))(
    "%s: filled with the sample and the corrected values, gives the English findings (rule ids and cells)",
    async (language) => {
      for (const kind of Object.keys(SAMPLES) as (keyof typeof SAMPLES)[]) {
        const { issues } = await newAndValidate(language, SAMPLES[kind]);
        expect(issues.map(place)).toEqual((english[kind] ?? []).map(place));
      }
    },
    120_000
  );

  it("writes the chrome in the language asked for, records it in _kpi_meta, and reads Arabic right to left", async () => {
    const fr = await newAndValidate("fr", SAMPLES.corrected);
    expect(fr.made).toContain("année de rapport 2013");
    const frSheets = sheetsOf(fr.file);
    expect(frSheets.slice(0, 6).map((s) => s.name)).toEqual([
      "Instructions",
      "Buts",
      "ITU-R Objectifs",
      "ITU-R Produits",
      "ITU-R Résultats",
      "ITU-R Indicateurs",
    ]);
    expect(frSheets[0]?.a1).toBe(
      "Rapport sur les indicateurs : Strategic plan for the Union for 2012-2015"
    );
    expect(frSheets.some((s) => s.rtl)).toBe(false);
    expect(metaOf(fr.file)).toMatchObject({ language: "fr", planId: "itu-2012-2015" });

    const ar = await newAndValidate("ar", SAMPLES.corrected);
    const arSheets = sheetsOf(ar.file);
    expect(arSheets.slice(0, 3).map((s) => s.name)).toEqual([
      "التعليمات",
      "الغايات",
      "ITU-R الأهداف",
    ]);
    expect(arSheets.filter((s) => s.name !== "_kpi_meta" && !s.rtl).map((s) => s.name)).toEqual([]);
    expect(arSheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["ITU-R الموارد", "ITU-R موارد الأهداف", "الموارد حسب الغاية"])
    );
    expect(metaOf(ar.file)).toMatchObject({ language: "ar" });
  }, 120_000);

  it("takes the language of the environment when --lang is not given, LC_ALL first", async () => {
    const dir = tempDir();
    const args = ["new", "--plan", "itu-2012-2015", "--sector", "GS", "--period", "2013"];
    const es = await kpiReportIn({ LANG: "es_ES.UTF-8" }, ...args, "--out", join(dir, "es.xlsx"));
    expect(es.out).toMatch(
      /^Se escribió .*: plan itu-2012-2015, año del informe 2013, sectores GS/
    );
    expect(metaOf(join(dir, "es.xlsx"))).toMatchObject({ language: "es" });
    const ru = await kpiReportIn(
      { LANG: "es_ES.UTF-8", LC_ALL: "ru_RU.UTF-8" },
      ...args,
      "--out",
      join(dir, "ru.xlsx")
    );
    expect(metaOf(join(dir, "ru.xlsx"))).toMatchObject({ language: "ru" });
    expect(ru.code).toBe(0);
    await kpiReportIn({ LANG: "C.UTF-8" }, ...args, "--out", join(dir, "c.xlsx"));
    expect(metaOf(join(dir, "c.xlsx"))).toMatchObject({ language: "en" });
  }, 60_000);

  it("refuses a language it does not have, naming the six", async () => {
    const r = await kpiReport("new", "--plan", "itu-2012-2015", "--out", "x.xlsx", "--lang", "de");
    expect(r.code).toBe(2);
    expect(r.err).toContain("one of ar, zh, en, fr, ru, es (or qps-ploc)");
  });
});

import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PYTHON } from "../support/other-tool-corpus";
import { kpiReport, planDir, tempDir } from "../support/cli-harness";
import { CLEAN_VALUES } from "../support/fill";
import { makePlanFileV2 } from "../support/make-plan";
import { readBack, sheetRows } from "../support/read-sheet";

interface Issue {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string | null;
  readonly severity: string;
}

const PLAN = ["--plan", "itu-2012-2015", "--period", "2013"];
const SAMPLE = "samples/itu-2012-2015.sample.json";
const CORRECTED = "samples/itu-2012-2015.corrected.json";
const RESOURCE_RULES = ["over-spend", "amount-not-number", "negative-amount", "shares-add-up"];

/** `new --lang` (the sectors given, all by default) filled with a values file. */
const made = async (dir: string, name: string, lang: string, values: string, sectors = "") => {
  const file = join(dir, `${name}.xlsx`);
  const r = await kpiReport(
    "new",
    ...PLAN,
    ...(sectors ? ["--sector", sectors] : []),
    ...["--values", values, "--out", file, "--lang", lang]
  );
  expect(r).toMatchObject({ code: 0, err: "" });
  return file;
};

const issuesOf = async (file: string): Promise<Issue[]> =>
  (JSON.parse((await kpiReport("validate", file, "--json")).out) as { issues: Issue[] }).issues;

/** `submit`, then the content hash it printed ("SHA-256 <hex> over n cells"). */
const submitted = async (file: string, out: string, ...more: string[]): Promise<string> => {
  const r = await kpiReport("submit", file, "--out", out, "--preparer", "A. Officer", ...more);
  expect(r).toMatchObject({ code: 0, err: "" });
  return /SHA-256 ([0-9a-f]{64})/.exec(r.out)?.[1] ?? "";
};

/** The sheets of a workbook as openpyxl sees them, and the rows of those asked for, values only. */
const openpyxl = (
  file: string,
  sheets: readonly string[]
): { sheets: { name: string; rtl: boolean; state: string }[]; rows: Record<string, unknown[][]> } =>
  JSON.parse(
    execFileSync(PYTHON, [
      "-c",
      `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wanted = json.loads(sys.argv[2])
print(json.dumps({
  "sheets": [{"name": ws.title, "rtl": bool(ws.sheet_view.rightToLeft), "state": ws.sheet_state} for ws in wb.worksheets],
  "rows": {n: [list(r) for r in wb[n].iter_rows(values_only=True)] for n in wanted},
}, default=str))`,
      file,
      JSON.stringify(sheets),
    ]).toString()
  ) as never;

const place = (i: Issue): string => `${i.rule} ${i.cell ?? "-"}`;

describe("the submission, consolidation, upgrade and resources sheets in French and Arabic", () => {
  const dir = tempDir();
  const files: Record<string, string> = {};
  const hashes: Record<string, string> = {};

  beforeAll(async () => {
    // Whole workbooks in three languages, and one sector each for a consolidation.
    for (const lang of ["en", "fr", "ar"]) {
      files[`sample-${lang}`] = await made(dir, `sample-${lang}`, lang, SAMPLE);
      files[`whole-${lang}`] = await made(dir, `whole-${lang}`, lang, CORRECTED);
    }
    files.itur = await made(dir, "itu-r-fr", "fr", CORRECTED, "ITU-R");
    files.itut = await made(dir, "itu-t-ar", "ar", CORRECTED, "ITU-T");
    files.rest = await made(dir, "itu-d-gs-en", "en", CORRECTED, "ITU-D,GS");
  }, 300_000);

  it("finds the English findings, resources rules included, at the same cells in French and Arabic", async () => {
    const english = await issuesOf(files["sample-en"] ?? "");
    expect(english.filter((i) => RESOURCE_RULES.includes(i.rule)).map(place)).toEqual([
      "over-spend F5",
    ]);
    for (const [lang, sheet] of [
      ["fr", "ITU-T Ressources"],
      ["ar", "ITU-T الموارد"],
    ] as const) {
      const issues = await issuesOf(files[`sample-${lang}`] ?? "");
      expect(issues.map(place)).toEqual(english.map(place));
      expect(issues.find((i) => i.rule === "over-spend")).toMatchObject({ sheet, cell: "F5" });
      // The corrected amounts pass in every language, as in English.
      expect(
        (await issuesOf(files[`whole-${lang}`] ?? "")).filter((i) => i.severity !== "info")
      ).toEqual([]);
    }
  }, 300_000);

  it("stamps the same content with the same hash in English, French and Arabic, and each verifies", async () => {
    for (const lang of ["en", "fr", "ar"]) {
      const out = join(dir, `whole-${lang}-submission.xlsx`);
      hashes[lang] = await submitted(files[`whole-${lang}`] ?? "", out);
      expect(await kpiReport("verify", out)).toMatchObject({ code: 0 });
    }
    expect(hashes.fr).toBe(hashes.en);
    expect(hashes.ar).toBe(hashes.en);
    expect(hashes.en).toMatch(/^[0-9a-f]{64}$/);

    const fr = openpyxl(join(dir, "whole-fr-submission.xlsx"), ["Soumission"]);
    expect(fr.rows.Soumission?.[0]).toEqual(["Clé", "Valeur", "Signification"]);
    expect(fr.rows.Soumission).toContainEqual([
      "contentHash",
      hashes.en,
      "empreinte du contenu déclaré (hexadécimal)",
    ]);
    expect(fr.sheets.find((s) => s.name === "_kpi_stamp")?.state).toBe("veryHidden");
    const ar = openpyxl(join(dir, "whole-ar-submission.xlsx"), ["التقديم"]);
    expect(ar.rows["التقديم"]?.[0]).toEqual(["المفتاح", "القيمة", "المعنى"]);
    expect(ar.sheets.find((s) => s.name === "التقديم")?.rtl).toBe(true);
  }, 300_000);

  it("consolidates French, Arabic and English submissions into one hash, written in the language asked", async () => {
    const subs = [
      ["itur", "ITU-R"],
      ["itut", "ITU-T"],
      ["rest", "ITU-D,GS"],
    ].map(([key]) => join(dir, `${key}-submission.xlsx`));
    await submitted(files.itur ?? "", subs[0] ?? "");
    await submitted(files.itut ?? "", subs[1] ?? "");
    await submitted(files.rest ?? "", subs[2] ?? "");
    for (const sub of subs) expect(await kpiReport("verify", sub)).toMatchObject({ code: 0 });

    const council: Record<string, string> = {};
    for (const lang of ["fr", "ar", "en"]) {
      const out = join(dir, `council-${lang}.xlsx`);
      const r = await kpiReport(
        "consolidate",
        ...subs,
        "--out",
        out,
        "--preparer",
        "Council secretariat",
        ...(lang === "en" ? [] : ["--lang", lang])
      );
      expect(r).toMatchObject({ code: 0, err: "" });
      expect(await kpiReport("verify", out)).toMatchObject({ code: 0 });
      council[lang] = /SHA-256 ([0-9a-f]{64})/.exec(r.out)?.[1] ?? "";
    }
    // The consolidated content is the whole corrected plan: the hash of the English whole-plan submission.
    expect(council).toEqual({ fr: hashes.en, ar: hashes.en, en: hashes.en });

    // French, read back by openpyxl (an independent reader).
    const fr = openpyxl(join(dir, "council-fr.xlsx"), ["Consolidation", "ITU-R Ressources"]);
    expect(fr.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "Instructions",
        "Consolidation",
        "ITU-R Ressources",
        "ITU-R Ressources par objectif",
        "Ressources par secteur",
        "Ressources par but",
        "Soumission",
      ])
    );
    expect(fr.rows.Consolidation?.slice(0, 5)).toEqual([
      [
        "Secteur",
        "Fichier source",
        "Auteur",
        "Tamponné le",
        "Empreinte du contenu",
        "Vérification",
      ],
      ...["ITU-R", "ITU-T", "ITU-D", "GS"].map((sector) => [
        sector,
        expect.stringMatching(/-submission\.xlsx$/),
        "A. Officer",
        "2021-06-30T12:00:00.000Z",
        expect.stringMatching(/^[0-9a-f]{64}$/),
        "vérifié : inchangé depuis le tampon",
      ]),
    ]);
    expect(fr.rows.Consolidation?.flat()).toContain(
      "Chaque secteur provient d'une soumission dont le tampon a été vérifié : son contenu est tel que son auteur l'a tamponné."
    );
    expect(fr.rows["ITU-R Ressources"]?.[0]?.slice(0, 4)).toEqual([
      "ID du produit",
      "Produit",
      "Budget 2012",
      "Dépenses 2012",
    ]);

    // Arabic, read back by ExcelJS: the words, and every sheet of ours right to left.
    const ar = await readBack(join(dir, "council-ar.xlsx"));
    const consolidation = ar.getWorksheet("الدمج");
    expect(sheetRows(consolidation)[0]).toEqual([
      "القطاع",
      "الملف المصدر",
      "المُعِدّ",
      "وقت الختم",
      "بصمة المحتوى",
      "التحقق",
    ]);
    expect(sheetRows(consolidation)[1]?.[5]).toBe("تم التحقق: لم يتغير منذ الختم");
    const ours = [
      "التعليمات",
      "الدمج",
      "ITU-R الأهداف",
      "ITU-T المؤشرات",
      "ITU-D الموارد",
      "GS موارد الأهداف",
      "الموارد حسب القطاع",
      "الموارد حسب الغاية",
      "التقديم",
    ];
    for (const name of ours)
      expect([name, ar.getWorksheet(name)?.views[0]?.rightToLeft]).toEqual([name, true]);

    // Without --lang, submissions in several languages consolidate in English.
    const en = openpyxl(join(dir, "council-en.xlsx"), ["Consolidation"]);
    expect(en.rows.Consolidation?.[0]?.[0]).toBe("Sector");
    expect(en.sheets.map((s) => s.name)).toContain("ITU-R Resources");
  }, 600_000);
});

describe("the Not placed sheet in French and Arabic", () => {
  /** A workbook of the test plan v1 in a language, filled with clean values, upgraded to v2 (11 values lost). */
  const upgraded = async (lang: string): Promise<{ out: string; printed: string }> => {
    const dir = tempDir();
    const file = join(dir, "report.xlsx");
    const values = join(dir, "values.json");
    writeFileSync(values, JSON.stringify(CLEAN_VALUES));
    const plans = planDir();
    const args = ["--plan", "test-2020-2023", "--period", "2021", "--values", values];
    expect(
      await kpiReport("--plans-dir", plans, "new", ...args, "--out", file, "--lang", lang)
    ).toMatchObject({ code: 0 });
    const v2 = join(dir, "plans-v2");
    mkdirSync(v2);
    writeFileSync(join(v2, "test-2020-2023.json"), JSON.stringify(makePlanFileV2(), null, 2));
    const out = join(dir, "v2.xlsx");
    const r = await kpiReport("--plans-dir", v2, "upgrade", file, "--out", out);
    expect(r).toMatchObject({ code: 1, err: "" });
    return { out, printed: r.out };
  };

  it("lists what an upgrade of a French workbook could not place in French, read back by openpyxl and ExcelJS", async () => {
    const { out, printed } = await upgraded("fr");
    // As from the English workbook (test/cli/upgrade.test.ts, which has a note of the officer's own beside).
    expect(printed).toContain("carried 40 values");
    expect(printed).toContain("11 values not placed, listed on sheet 'Non placées':");
    const read = openpyxl(out, ["Non placées"]);
    expect(read.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["A Indicateurs", "A Ressources", "Non placées"])
    );
    const rows = read.rows["Non placées"] ?? [];
    expect(rows[0]).toEqual([
      "Mis à jour le",
      "Vers le plan",
      "Feuille",
      "Cellule",
      "ID de la ligne",
      "Colonne",
      "Valeur",
      "Pourquoi",
    ]);
    expect(rows).toContainEqual([
      "2021-06-30T12:00:00.000Z",
      "test-2020-2023 2.0.0",
      "A Produits",
      "B3",
      "A.out.2",
      "Produit",
      "Publications",
      "A.out.2 ne figure pas dans le plan test-2020-2023 version 2.0.0",
    ]);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const wb = await readBack(out);
    expect(sheetRows(wb.getWorksheet("Non placées")).flat()).toContain(
      "Valeurs qui figuraient dans ce classeur avant une mise à jour et n'ont pas de place dans le classeur mis à jour : copiez-les là où elles doivent aller, ou gardez cette feuille comme trace."
    );
  }, 120_000);

  it("lists them in Arabic, right to left, for an Arabic workbook", async () => {
    const { out } = await upgraded("ar");
    const wb = await readBack(out);
    const sheet = wb.getWorksheet("غير موضوعة");
    expect(sheet?.views[0]?.rightToLeft).toBe(true);
    const rows = sheetRows(sheet);
    expect(rows[0]).toEqual([
      "وقت التحديث",
      "إلى الخطة",
      "الورقة",
      "الخلية",
      "معرّف الصف",
      "العمود",
      "القيمة",
      "السبب",
    ]);
    expect(rows.map((r) => r[7])).toContain(
      "\u2068A.out.2\u2069 غير موجود في الخطة \u2068test-2020-2023\u2069 الإصدار \u20662.0.0\u2069"
    );
    const read = openpyxl(out, []);
    expect(read.sheets.filter((s) => s.state === "visible" && !s.rtl)).toEqual([]);
  }, 120_000);
});

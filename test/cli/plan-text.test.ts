import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PYTHON } from "../support/other-tool-corpus";
import { CLEAN_VALUES } from "../support/fill";
import { kpiReport, tempDir } from "../support/cli-harness";

/**
 * A plan file whose texts are given in English and French (test/fixtures/plans: French written for these tests,
 * no organisation's text), with two texts in English only: goal B's text and KPI A.kpi.1.3's text and unit.
 */
const FIXTURE = join(__dirname, "..", "fixtures", "plans", "test-fr-2020-2023.json");
const PLAN_ID = "test-fr-2020-2023";

type Json = Record<string, unknown>;
const fixture = (): Json => JSON.parse(readFileSync(FIXTURE, "utf8")) as Json;

/** A plan folder holding the plan file given (the fixture, or a changed copy). */
const plansWith = (plan: Json): string => {
  const dir = tempDir();
  writeFileSync(join(dir, `${PLAN_ID}.json`), JSON.stringify(plan, null, 2));
  return dir;
};

/** The fixture with French for the two texts it gives in English only. */
const allFrench = (): Json => {
  const plan = fixture() as {
    goals: Json[];
    sectors: { results: { kpis: Json[] }[] }[];
  };
  (plan.goals[1] as Json).text = { en: "Do B.", fr: "Faire B." };
  const kpi = plan.sectors[0]?.results[0]?.kpis[2] as Json;
  kpi.text = { en: "Satisfaction", fr: "Taux de satisfaction" };
  kpi.unit = { en: "%", fr: "%" };
  return plan as unknown as Json;
};

/** `new` for the plan in this folder, filled with the clean values, reporting year 2021. */
const newWorkbook = async (
  plans: string,
  language: string,
  sectors: readonly string[] = []
): Promise<string> => {
  const dir = tempDir();
  const values = join(dir, "values.json");
  writeFileSync(values, JSON.stringify({ ...CLEAN_VALUES, plan: PLAN_ID }));
  const file = join(dir, `${language}.xlsx`);
  const made = await kpiReport(
    ...["--plans-dir", plans, "new", "--plan", PLAN_ID, "--period", "2021"],
    ...["--values", values, "--lang", language, "--out", file],
    ...sectors.flatMap((sector) => ["--sector", sector])
  );
  expect(made).toMatchObject({ code: 0, err: "" });
  return file;
};

/** Every sheet's cells of its first columns (A to E by default), row by row, as openpyxl (an independent reader) reads them. */
const sheetsOf = (file: string, columns = 5): Record<string, unknown[][]> =>
  JSON.parse(
    execFileSync(PYTHON, [
      "-c",
      `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [list(r) for r in ws.iter_rows(max_col=int(sys.argv[2]), values_only=True)] for ws in wb.worksheets}))`,
      file,
      String(columns),
    ]).toString()
  ) as Record<string, unknown[][]>;

const NOTE_FR =
  "Les textes du plan (buts, objectifs, produits, résultats attendus, indicateurs clés de performance) sont en anglais partout où le plan n'en donne pas de version française.";

/** The lines of a workbook's Instructions sheet (its first sheet). */
const instructions = (sheets: Record<string, unknown[][]>): unknown[] =>
  (Object.values(sheets)[0] ?? []).map((row) => row[0]);

/** validate --json: the findings' rule, severity and cell. */
const findings = async (file: string, plans: string): Promise<string[]> => {
  const checked = await kpiReport("--plans-dir", plans, "validate", file, "--json");
  const { issues } = JSON.parse(checked.out) as {
    issues: { rule: string; severity: string; cell: string | null }[];
  };
  return issues.map((i) => `${i.rule} ${i.severity} ${i.cell ?? "-"}`);
};

describe("a plan with texts in French", () => {
  it("writes a French workbook with the plan's French texts, and its English where the plan gives no French", async () => {
    const sheets = sheetsOf(await newWorkbook(plansWith(fixture()), "fr"));
    expect(sheets["Buts"]?.slice(1)).toEqual([
      ["goal.A", "But A", "But du secteur A", "Faire A.", null],
      ["goal.B", "But B", "But du secteur B", "Do B.", null],
    ]);
    expect(sheets["A Objectifs"]?.slice(1).map((r) => [r[0], r[2], r[4]])).toEqual([
      ["A.obj.1", "Objectif 1", "Premier objectif de A."],
      ["A.obj.2", "Objectif 2", "Second objectif de A."],
    ]);
    expect(sheets["A Produits"]?.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ["A.out.1", "Conférence"],
      ["A.out.2", "Publications"],
    ]);
    expect(sheets["A Résultats"]?.flat()).toContain(
      "Publications vendues\n• sur papier\n• en ligne"
    );
    const kpiTexts = Object.fromEntries(
      (sheets["A Indicateurs"] ?? []).slice(1).map((r) => [r[0], r[3]])
    );
    expect(kpiTexts).toMatchObject({
      "A.kpi.1.1": "Nombre de participants",
      "A.kpi.1.2": "Délai de traitement",
      "A.kpi.1.3": "Satisfaction",
      "A.kpi.2.3": "Reconnaissance",
    });
    expect(instructions(sheets)[0]).toBe(
      "Rapport sur les indicateurs : Plan d'essai 2020-2023 avec textes français (données de test)"
    );
    expect(instructions(sheets).filter((line) => line === NOTE_FR)).toHaveLength(1);
  });

  it("says nothing of English texts where the plan gives every text in the workbook's language", async () => {
    const french = sheetsOf(await newWorkbook(plansWith(allFrench()), "fr"));
    expect(instructions(french)).not.toContain(NOTE_FR);
    expect(french["Buts"]?.[2]?.[3]).toBe("Faire B.");
    const english = sheetsOf(await newWorkbook(plansWith(fixture()), "en"));
    expect(english["Goals"]?.[2]?.[3]).toBe("Do B.");
    expect(
      instructions(english).filter((l) => typeof l === "string" && /English wherever/.test(l))
    ).toEqual([]);
  });

  it("validates a French workbook of the plan as clean as the English one, with French texts or without", async () => {
    const plans = plansWith(fixture());
    const english = await findings(await newWorkbook(plans, "en"), plans);
    // Sector B's objective has no KPI in the plan (no Table X.2): the one finding, of the plan's structure.
    expect(english.filter((f) => !f.includes(" info "))).toEqual(["objective-has-kpi warning A2"]);
    expect(await findings(await newWorkbook(plans, "fr"), plans)).toEqual(english);
    const complete = plansWith(allFrench());
    expect(await findings(await newWorkbook(complete, "fr"), complete)).toEqual(english);
    // Spanish: the plan gives none, so the whole workbook reads the plan's English.
    expect(await findings(await newWorkbook(plans, "es"), plans)).toEqual(english);
  });

  it("upgrades a French workbook from the plan in place, every value and link mark carried, the French texts kept", async () => {
    const plans = plansWith(fixture());
    const file = await newWorkbook(plans, "fr");
    const upgraded = join(tempDir(), "upgraded.xlsx");
    const r = await kpiReport("--plans-dir", plans, "upgrade", file, "--out", upgraded);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("every value has its place");
    const before = sheetsOf(file);
    const after = sheetsOf(upgraded);
    for (const sheet of ["Buts", "A Objectifs", "A Produits", "A Indicateurs", "B Objectifs"])
      expect(after[sheet]).toEqual(before[sheet]);
  });

  it("writes the annex of a French workbook with the plan's French texts", async () => {
    const plans = plansWith(fixture());
    const annex = join(tempDir(), "annex.xlsx");
    const r = await kpiReport(
      ...["--plans-dir", plans, "annex", await newWorkbook(plans, "fr"), "--out", annex]
    );
    expect(r).toMatchObject({ code: 0 });
    const cells = Object.values(sheetsOf(annex)).flat(2);
    expect(cells).toEqual(
      expect.arrayContaining(["Conférence", "Objectif 1", "Nombre de participants"])
    );
    expect(cells).not.toContain("Conference");
  });

  it("consolidates a French submission and an English one, every link mark kept under the consolidated labels", async () => {
    const plans = plansWith(fixture());
    const submitted = await Promise.all(
      [
        ["A", "fr"],
        ["B", "en"],
      ].map(async ([sector, language]) => {
        const out = join(tempDir(), `${sector}-submission.xlsx`);
        const file = await newWorkbook(plans, language as string, [sector as string]);
        const r = await kpiReport(
          ...["--plans-dir", plans, "submit", file, "--out", out, "--preparer", "A. Officer"]
        );
        expect(r).toMatchObject({ code: 0, err: "" });
        return out;
      })
    );
    const council = join(tempDir(), "council.xlsx");
    const r = await kpiReport(
      ...["--plans-dir", plans, "consolidate", ...submitted, "--out", council],
      ...["--preparer", "C. Council"]
    );
    expect(r).toMatchObject({ code: 0, err: "" });
    const sheets = sheetsOf(council, 9);
    const marks = (sheet: string): string[] => {
      const [header, ...rows] = sheets[sheet] ?? [];
      return rows.flatMap((row) =>
        row.flatMap((cell, i) => (cell === "X" ? [`${String(row[0])} ${String(header?.[i])}`] : []))
      );
    };
    expect(marks("A Objectives")).toEqual(["A.obj.1 Goal A", "A.obj.2 Goal A"]);
    expect(marks("A Outputs")).toEqual([
      "A.out.1 Objective 1",
      "A.out.2 Objective 1",
      "A.out.2 Objective 2",
    ]);
    expect(marks("B Objectives")).toEqual(["B.obj.1 Goal B"]);
    expect(await findings(council, plans)).toEqual(["objective-has-kpi warning A2"]);
  });

  it("refuses a text given by language with a language the plan format does not know, naming file and path", async () => {
    const plan = fixture() as { sectors: { objectives: Json[] }[] };
    (plan.sectors[0]?.objectives[1] as Json).text = { en: "Second objective of A.", de: "Zweites" };
    const plans = plansWith(plan as unknown as Json);
    const r = await kpiReport("--plans-dir", plans, "plans");
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `${PLAN_ID}.json: $.sectors[0].objectives[1].text: "de" is not one of the six languages a text may be given in (ar, zh, en, fr, ru, es)`
    );
  });
});

import { loadPlan, planIn, planJsonSchema, planLanguages, planText } from "../../../src/core/plan";
import { TEXT_FIELDS, TEXT_LISTS } from "../../../src/core/plan/plan-text";
import { makePlanFile } from "../../support/make-plan";

type Json = Record<string, unknown>;

/** The test plan file with some texts in French: sector A's name, its first objective and output A.out.1. */
const frenchFile = (change: (file: Json) => void = () => undefined): Json => {
  const file = JSON.parse(JSON.stringify(makePlanFile())) as Json;
  const a = (file.sectors as Json[])[0] as Json;
  a.name = { en: "Sector A", fr: "Secteur A" };
  ((a.objectives as Json[])[0] as Json).text = {
    en: "First objective of A.",
    fr: "Premier objectif de A.",
  };
  ((a.outputs as Json[])[0] as Json).name = { en: "Conference", fr: "Conférence" };
  ((a.results as Json[])[0] as Json).outputs = [
    { en: "Conference", fr: "Conférence" },
    "Publications",
  ];
  file.title = { en: "Test plan 2020-2023", fr: "Plan d'essai 2020-2023" };
  change(file);
  return file;
};

const load = (json: Json) => {
  const result = loadPlan(json);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

const errorsOf = (json: Json): string[] => {
  const result = loadPlan(json);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
};

describe("plan texts in several languages", () => {
  it("gives a text in the language asked for, or its English and says it fell back", () => {
    const text = { en: "Conference", fr: "Conférence" };
    expect(planText(text, "fr")).toEqual({ text: "Conférence", fellBack: false });
    expect(planText(text, "ru")).toEqual({ text: "Conference", fellBack: true });
    expect(planText(text, "en")).toEqual({ text: "Conference", fellBack: false });
    expect(planText("Conference", "fr")).toEqual({ text: "Conference", fellBack: true });
    expect(planText("Conference", "en")).toEqual({ text: "Conference", fellBack: false });
  });

  it("loads a plan whose texts are given by language as the English plan it always was", () => {
    const plan = load(frenchFile());
    const english = load(makePlanFile());
    expect({ ...plan, texts: undefined }).toEqual({ ...english, texts: undefined });
    expect(planIn(plan, "en")).toEqual({ plan, fellBack: false });
    expect(planLanguages(plan)).toEqual(["fr"]);
    expect(planLanguages(english)).toEqual([]);
  });

  it("puts the plan in French where it gives French, in English elsewhere, and says it fell back", () => {
    const { plan, fellBack } = planIn(load(frenchFile()), "fr");
    expect(fellBack).toBe(true);
    const a = plan.sectors[0];
    expect([a?.name, a?.objectives[0]?.text, a?.objectives[1]?.text]).toEqual([
      "Secteur A",
      "Premier objectif de A.",
      "Second objective of A.",
    ]);
    expect(a?.outputs.map((o) => [o.id, o.name, o.objectives])).toEqual([
      ["A.out.1", "Conférence", ["A.obj.1"]],
      ["A.out.2", "Publications", ["A.obj.1", "A.obj.2"]],
    ]);
    // The annex's title is the plan's where the file gives none: in French too.
    expect([plan.title, plan.document.title]).toEqual([
      "Plan d'essai 2020-2023",
      "Plan d'essai 2020-2023",
    ]);
    // Ids, measures and milestone stages are not texts: they read the same in every language.
    expect(plan.sectors[0]?.results[0]?.kpis[0]).toMatchObject({
      id: "A.kpi.1.1",
      measure: "number",
    });
    expect(plan.reporting.milestoneStages).toEqual(["Not started", "In progress", "Completed"]);
    // Put in another language again, from the French plan: the same as from the plan as loaded.
    expect(planIn(plan, "en").plan).toEqual(load(frenchFile()));
  });

  it("says nothing fell back where every text of the plan is given in the language", () => {
    const plan = load(makePlanFile());
    const everyText = JSON.parse(JSON.stringify(makePlanFile()), function (key, value: unknown) {
      const textKey = TEXT_FIELDS.includes(key) || (key === "outputs" && Array.isArray(value));
      if (typeof value === "string" && value !== "" && TEXT_FIELDS.includes(key))
        return { en: value, es: `${value} (es)` };
      if (textKey && Array.isArray(value) && value.every((v) => typeof v === "string"))
        return value.map((v: string) => ({ en: v, es: `${v} (es)` }));
      return value;
    }) as Json;
    const spanish = planIn(load(everyText), "es");
    expect(spanish.fellBack).toBe(false);
    expect(spanish.plan.goals[0]?.text).toBe("Do A. (es)");
    expect(spanish.plan.sectors[0]?.results[0]?.outputs).toEqual([
      "Conference (es)",
      "Publications (es)",
    ]);
    expect(planIn(plan, "es").fellBack).toBe(true);
  });

  it.each([
    [
      { en: "Second objective of A.", de: "Zweites Ziel von A." },
      '$.sectors[0].objectives[1].text: "de" is not one of the six languages a text may be given in (ar, zh, en, fr, ru, es)',
    ],
    [
      { fr: "Second objectif de A." },
      '$.sectors[0].objectives[1].text: has no "en": a text given by language must give its English',
    ],
    [
      { en: "Second objective of A.", fr: 2 },
      "$.sectors[0].objectives[1].text.fr: must be the text in that language, a non-empty string",
    ],
    [
      ["Second objective of A."],
      '$.sectors[0].objectives[1].text: must be a text, or an object of the text by language such as {"en": "...", "fr": "..."}',
    ],
  ])("refuses the text %j, naming its JSON path", (text, error) => {
    const file = frenchFile((f) => {
      (((f.sectors as Json[])[0] as Json).objectives as Json[])[1] = {
        ...((((f.sectors as Json[])[0] as Json).objectives as Json[])[1] as Json),
        text,
      };
    });
    expect(errorsOf(file)).toEqual([error]);
  });

  it("refuses a translation that makes Table X.2 disagree with Table X.1 where the English agree", () => {
    const file = frenchFile((f) => {
      const a = (f.sectors as Json[])[0] as Json;
      ((a.results as Json[])[0] as Json).outputs = ["Conference", "Publications"];
    });
    expect(errorsOf(file)).toEqual([
      '$.sectors[0].results[0].outputs: in "fr", Table X.2\'s outputs of A.obj.1 and the names of Table X.1 do not agree as in English ("Conference", A.out.1 "Conférence"): give both tables the same "fr" wording',
    ]);
  });

  it("refuses a French text longer than a workbook cell, at its path", () => {
    const file = frenchFile((f) => {
      ((f.goals as Json[])[0] as Json).text = { en: "Do A.", fr: "x".repeat(32_768) };
    });
    expect(errorsOf(file)).toEqual([
      "$.goals[0].text.fr: is 32,768 characters long, more than the 32,767 a workbook cell can hold",
    ]);
  });

  it("gives exactly the plan's text fields the shape of a text by language in the JSON schema", () => {
    const found = new Set<string>();
    const walk = (schema: unknown, key: string, parent: string): void => {
      if (typeof schema !== "object" || schema === null) return;
      const ref = (schema as Json).$ref;
      if (ref === "#/$defs/text" || ref === "#/$defs/textOrEmpty")
        found.add(key === "items" ? `${parent}[]` : key);
      for (const [k, v] of Object.entries(schema as Json))
        if (k === "properties")
          for (const [name, property] of Object.entries(v as Json)) walk(property, name, key);
        else walk(v, k, key);
    };
    walk(planJsonSchema(), "$", "");
    expect([...found].sort()).toEqual(
      [...TEXT_FIELDS, ...TEXT_LISTS.map(([, list]) => `${list}[]`)].sort()
    );
  });
});

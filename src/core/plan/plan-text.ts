import { LANGUAGES, type Language } from "../i18n";
import { jsonPath } from "./json-path";
import { saidAt, type SaidAt } from "./plan-messages";
import type { LocalText, Plan, PlanTexts } from "./plan";

/** A text in one language: the plan's own, or its English where the plan gives none in that language. */
export interface TextInLanguage {
  readonly text: string;
  /** True where the plan gives no text in the language asked for, and this is its English. */
  readonly fellBack: boolean;
}

/**
 * The one accessor of a plan text in a language, falling back to English and saying when it did.
 * @example planText({ en: "Conference", fr: "Conférence" }, "fr") // { text: "Conférence", fellBack: false }
 */
export const planText = (text: LocalText, language: Language): TextInLanguage => {
  if (typeof text === "string") return { text, fellBack: language !== "en" };
  const own = text[language];
  return own === undefined
    ? { text: text.en, fellBack: language !== "en" }
    : { text: own, fellBack: false };
};

/**
 * The fields of a plan file that hold text (every other string is an id, a code or an enumeration), and the lists
 * of texts (TEXT_LISTS). The schema gives exactly these fields the shape of LocalText (a test holds it).
 */
export const TEXT_FIELDS: readonly string[] = [
  "label",
  "name",
  "note",
  "objectiveText",
  "outputsHeader",
  "rowHeader",
  "shortTitle",
  "source",
  "text",
  "title",
  "unit",
];
/** The lists of texts, by the list that holds the row and the row's field: Table X.2's `results[].outputs`. */
export const TEXT_LISTS: readonly (readonly [string, string])[] = [["results", "outputs"]];

/** Whether the value at the end of this path is a text: a text field, or an item of a list of texts. */
export const isTextPath = (path: readonly PropertyKey[]): boolean => {
  const last = path[path.length - 1];
  if (typeof last === "string") return TEXT_FIELDS.includes(last);
  const list = path[path.length - 2];
  const rows = path[path.length - 4];
  return typeof last === "number" && TEXT_LISTS.some(([r, l]) => r === rows && l === list);
};

/** How deep in a plan file a text may lie: `$.sectors[0].results[1].outputs[2]` is 5 deep. */
const TEXT_DEPTH = 16;

/**
 * A checked plan file's JSON with every text by language replaced by its English, and those texts by path:
 * the English file reads as a plan file always did, the texts give planIn the other languages.
 */
export const splitPlanTexts = (
  json: unknown
): { readonly english: unknown; readonly texts: PlanTexts } => {
  const texts: Record<string, LocalText> = {};
  const path: (string | number)[] = [];
  // Only objects can hold a text; a copy is made only of what holds one (a plan of 10,000 KPIs has 100,000
  // objects and numbers, walked once as the plan loads).
  const changedAt = <T extends object>(
    holder: T,
    key: string | number,
    v: unknown,
    out: T | undefined
  ): T | undefined => {
    if (typeof v !== "object" || v === null) return out;
    path.push(key);
    const w = walk(v);
    path.pop();
    if (w === v) return out;
    const copy = out ?? (Array.isArray(holder) ? ([...holder] as T) : { ...holder });
    Object.defineProperty(copy, key, {
      value: w,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return copy;
  };
  // Returns the value itself where nothing below it changed: a file of English strings is not copied. No text lies
  // deeper than TEXT_DEPTH, so nothing below it is walked: a file nested 100,000 deep is left to the schema to
  // refuse, rather than overflow the stack here.
  const walk = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null || path.length > TEXT_DEPTH) return value;
    if (!Array.isArray(value) && isTextPath(path)) {
      const local = value as Exclude<LocalText, string>;
      texts[jsonPath(path)] = local;
      return local.en;
    }
    let out: object | undefined;
    if (Array.isArray(value))
      for (let i = 0; i < value.length; i++) out = changedAt(value, i, value[i], out);
    else {
      const record = value as Record<string, unknown>;
      for (const k of Object.keys(record)) out = changedAt(record, k, record[k], out);
    }
    return out ?? value;
  };
  return { english: walk(json), texts };
};

/** The languages a plan gives any text in besides English, in the Union's order. */
export const planLanguages = (plan: Pick<Plan, "texts">): Language[] => {
  const given = new Set(
    Object.values(plan.texts ?? {}).flatMap((t) => (typeof t === "string" ? [] : Object.keys(t)))
  );
  return LANGUAGES.filter((l) => l !== "en" && given.has(l));
};

/** A plan in one language, and whether any of its texts is the English for want of one in that language. */
export interface PlanInLanguage {
  readonly plan: Plan;
  readonly fellBack: boolean;
}

/**
 * The plan with every text (goal, sector, objective, output, expected result, KPI, note, titles) in `language`,
 * English where the plan gives none in it; the plan keeps its texts by language, so that it can be put in
 * another language again. What a workbook in that language is written from and read against.
 * @example planIn(plan, "fr").plan.sectors[0]?.objectives[0]?.text // the objective's French text, or its English
 */
export const planIn = (plan: Plan, language: Language): PlanInLanguage => {
  // A plan in English only (every bundled plan) is its own English, and English for every other language.
  if (plan.texts === undefined) return { plan, fellBack: language !== "en" };
  const texts = plan.texts;
  let fellBack = false;
  const path: (string | number)[] = [];
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") {
      // An empty text (a unit of a yes-no KPI) reads the same in every language.
      if (value === "" || !isTextPath(path)) return value;
      const found = planText(texts[jsonPath(path)] ?? value, language);
      fellBack ||= found.fellBack;
      return found.text;
    }
    if (typeof value !== "object" || value === null) return value;
    const inner = (key: string | number, v: unknown): unknown => {
      path.push(key);
      const w = walk(v);
      path.pop();
      return w;
    };
    if (Array.isArray(value)) return value.map((v, i) => inner(i, v));
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        path.length === 0 && k === "texts" ? v : inner(k, v),
      ])
    );
  };
  return { plan: walk(plan) as Plan, fellBack };
};

/**
 * What is wrong with an object given for a text, at its JSON path and each language's, in the words a plan's
 * maintainer needs: an unknown language code, no English, a text that is empty or not a string.
 */
export const localTextProblems = (value: object, path: string, emptyAllowed: boolean): SaidAt[] => {
  const entries = Object.entries(value);
  const problems = entries.flatMap(([key, text]) => {
    if (!(LANGUAGES as readonly string[]).includes(key))
      return [
        saidAt(path, "error.plan.unknownLanguage", {
          language: key,
          languages: LANGUAGES.join(", "),
        }),
      ];
    if (typeof text !== "string" || (!emptyAllowed && text === ""))
      return [saidAt(`${path}.${key}`, "error.plan.textInLanguage")];
    return [];
  });
  if (!("en" in value)) problems.push(saidAt(path, "error.plan.noEnglish", { code: "en" }));
  return problems;
};

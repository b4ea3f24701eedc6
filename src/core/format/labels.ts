import { CATALOGS, type MessageKey } from "../i18n";
import { Direction, Measure } from "../plan";
import { LANGUAGES, type Language } from "./header-texts";

/** How each measure is named in the workbook's Measure column. */
export const MEASURE_LABELS: Readonly<Record<Measure, string>> = {
  number: "Number",
  percentage: "Percentage",
  "yes-no": "Yes/No",
  milestone: "Milestone",
  qualitative: "Qualitative",
};

/** How each direction is named in the workbook's Direction column. */
export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  up: "Higher is better",
  down: "Lower is better",
};

export const YES_NO: readonly string[] = ["Yes", "No"];

/** The mark that links a row to a column in the link matrices (outputs x objectives, objectives x goals). */
export const LINK_MARK = "X";

/** Why an actual is missing or not final; "No data" is the explicit answer for a KPI that cannot be reported. */
export const DATA_NOTES: readonly string[] = ["No data", "Estimate", "Provisional"];

const reverseLookups = new WeakMap<object, ReadonlyMap<string, string>>();

/** Reverse lookup of a label, ignoring case and surrounding spaces (the lookup table is built once per label set). */
export const fromLabel = <K extends string>(
  labels: Readonly<Record<K, string>>,
  text: unknown
): K | undefined => {
  if (typeof text !== "string") return undefined;
  let lookup = reverseLookups.get(labels);
  if (!lookup) {
    // Each label as written too, so that a cell holding it exactly (nearly every cell) is found without new strings.
    lookup = new Map(
      (Object.keys(labels) as K[]).flatMap((key) => [
        [labels[key].toLowerCase(), key],
        [labels[key], key],
      ])
    );
    reverseLookups.set(labels, lookup);
  }
  return (lookup.get(text) ?? lookup.get(text.trim().toLowerCase())) as K | undefined;
};

/**
 * The words of the workbook's dropdowns and computed cells, by set: each word's canonical form (the code of a
 * measure or direction, the English word of the others, which is what the engine compares) and its catalog key.
 */
const LABEL_KEYS = {
  measure: {
    number: "measure.number",
    percentage: "measure.percentage",
    "yes-no": "measure.yesNo",
    milestone: "measure.milestone",
    qualitative: "measure.qualitative",
  },
  direction: { up: "direction.up", down: "direction.down" },
  answer: { Yes: "answer.yes", No: "answer.no" },
  dataNote: {
    "No data": "dataNote.noData",
    Estimate: "dataNote.estimate",
    Provisional: "dataNote.provisional",
  },
  assessment: {
    Achieved: "assessment.achieved",
    "Partly achieved": "assessment.partlyAchieved",
    "Not achieved": "assessment.notAchieved",
  },
  status: {
    Met: "status.met",
    "On track": "status.onTrack",
    "Off track": "status.offTrack",
    "Not assessable": "status.notAssessable",
  },
  kind: {
    Objective: "kind.objective",
    Output: "kind.output",
    "Expected result": "kind.expectedResult",
  },
} as const satisfies Record<string, Record<string, MessageKey>>;

/** A set of words the workbook writes in its own language and the engine reads in any. */
export type LabelSet = keyof typeof LABEL_KEYS;

/** The canonical forms of a set's words: `"yes-no"` for a measure, `"No data"` for a data note. */
export type LabelCode<S extends LabelSet> = keyof (typeof LABEL_KEYS)[S] & string;

const labelTables = new Map<string, Readonly<Record<string, string>>>();

/**
 * A set's words in one language, by canonical form, from the catalogs.
 * @example labelsIn("answer", "es") // { Yes: "Sí", No: "No" }
 */
export const labelsIn = <S extends LabelSet>(
  set: S,
  language: Language = "en"
): Readonly<Record<LabelCode<S>, string>> => {
  const id = `${set} ${language}`;
  let known = labelTables.get(id);
  if (!known) {
    const keys = LABEL_KEYS[set] as Readonly<Record<string, MessageKey>>;
    known = Object.fromEntries(
      Object.entries(keys).map(([code, key]) => [code, CATALOGS[language][key]])
    );
    labelTables.set(id, known);
  }
  return known as Readonly<Record<LabelCode<S>, string>>;
};

const anyLanguage = new Map<LabelSet, ReadonlyMap<string, string>>();

/**
 * The canonical form of a word of a set written in any of the six languages, ignoring case and surrounding
 * spaces; undefined for a text that is none of them.
 * @example labelCode("dataNote", "Aucune donnée") // "No data"
 */
export const labelCode = <S extends LabelSet>(set: S, text: unknown): LabelCode<S> | undefined => {
  if (typeof text !== "string") return undefined;
  let lookup = anyLanguage.get(set);
  if (!lookup) {
    const map = new Map<string, string>();
    for (const language of LANGUAGES)
      for (const [code, word] of Object.entries<string>(labelsIn(set, language))) {
        map.set(word, code);
        map.set(word.toLowerCase(), code);
      }
    lookup = map;
    anyLanguage.set(set, lookup);
  }
  return (lookup.get(text) ?? lookup.get(text.trim().toLowerCase())) as LabelCode<S> | undefined;
};

/**
 * A cell's value with a word of the set, in any language, as its canonical form (so that the rules compare one
 * form); any other value as it is.
 */
export const canonicalWord = <T>(set: LabelSet, value: T): T | string =>
  typeof value === "string" ? (labelCode(set, value) ?? value) : value;

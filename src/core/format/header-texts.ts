/**
 * Every column header of the workbook format, by key, in each language the format knows. A per-year header holds
 * `{year}` where its year goes. Readers recognise a header in any of these languages; a writer writes one.
 * Adding a language is adding its catalog here (every key, the type says so).
 */
const CATALOGS = {
  en: {
    goalId: "Goal ID",
    goal: "Goal",
    title: "Title",
    text: "Text",
    objectiveId: "Objective ID",
    number: "No.",
    objective: "Objective",
    shortTitle: "Short title",
    outputId: "Output ID",
    output: "Output",
    note: "Note",
    kind: "Kind",
    itemId: "Item ID",
    kpiId: "KPI ID",
    kpi: "KPI",
    measure: "Measure",
    direction: "Direction",
    unit: "Unit",
    baselineYear: "Baseline year",
    baseline: "Baseline",
    target: "Target {year}",
    actual: "Actual {year}",
    progress: "Progress {year}",
    status: "Status {year}",
    dataNote: "Data note",
    evidence: "Evidence / comment",
    key: "Key",
    value: "Value",
    severity: "Severity",
    rule: "Rule",
    sector: "Sector",
    sheet: "Sheet",
    cell: "Cell",
    message: "Message",
    fix: "What to do",
  },
} as const;

/** A language the format has header texts in (ISO 639-1). */
export type Language = keyof typeof CATALOGS;

/** The key of a column header, the same in every language. */
export type HeaderKey = keyof (typeof CATALOGS)["en"];

/** The language a workbook is written in unless told otherwise, and the one canonical forms use. */
export const DEFAULT_LANGUAGE: Language = "en";

/** Every language the format knows, for readers that recognise a header in any of them. */
export const LANGUAGES = Object.keys(CATALOGS) as Language[];

/** The header texts of one language, by key; per-year ones hold `{year}`. */
export const headerTexts = (
  language: Language = DEFAULT_LANGUAGE
): Readonly<Record<HeaderKey, string>> => CATALOGS[language];

/**
 * A column's header text in a language, with its year where the column has one.
 * @example headerText("actual", "en", 2013) // "Actual 2013"
 */
export const headerText = (
  key: HeaderKey,
  language: Language = DEFAULT_LANGUAGE,
  year?: number
): string => {
  const template = CATALOGS[language][key];
  return year === undefined ? template : template.replace("{year}", String(year));
};

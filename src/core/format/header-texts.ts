import {
  CATALOGS,
  isLanguage as isCatalogLanguage,
  LANGUAGES as CATALOG_LANGUAGES,
  type Language as CatalogLanguage,
} from "../i18n";

/** The keys of the column headers: each is the catalogs' `header.<key>` message. */
const HEADER_KEYS = [
  "goalId",
  "goal",
  "title",
  "text",
  "objectiveId",
  "number",
  "objective",
  "shortTitle",
  "outputId",
  "output",
  "note",
  "kind",
  "itemId",
  "kpiId",
  "kpi",
  "measure",
  "direction",
  "unit",
  "baselineYear",
  "baseline",
  "target",
  "actual",
  "assessment",
  "progress",
  "status",
  "dataNote",
  "evidence",
  "key",
  "value",
  "severity",
  "rule",
  "sector",
  "sheet",
  "cell",
  "message",
  "fix",
] as const;

/** A language the format has header texts in (ISO 639-1): the six of the catalogs. */
export type Language = CatalogLanguage;

/** The key of a column header, the same in every language. */
export type HeaderKey = (typeof HEADER_KEYS)[number];

/** The language a workbook is written in unless told otherwise, and the one canonical forms use. */
export const DEFAULT_LANGUAGE: Language = "en";

/** Whether a text names one of the format's languages (`_kpi_meta`'s `language`, `--lang`). */
export const isLanguage = (text: unknown): text is Language => isCatalogLanguage(text);

/** Every language the format knows, for readers that recognise a header in any of them. */
export const LANGUAGES: readonly Language[] = CATALOG_LANGUAGES;

const tables = new Map<Language, Readonly<Record<HeaderKey, string>>>();

/**
 * The header texts of one language, by key, from its catalog (`header.<key>`): the catalogs are the one home of
 * the product's words. Per-year ones hold `{year}`.
 */
export const headerTexts = (
  language: Language = DEFAULT_LANGUAGE
): Readonly<Record<HeaderKey, string>> => {
  let known = tables.get(language);
  if (!known) {
    known = Object.fromEntries(
      HEADER_KEYS.map((key) => [key, CATALOGS[language][`header.${key}`]])
    ) as Record<HeaderKey, string>;
    tables.set(language, known);
  }
  return known;
};

/**
 * A column's header text in a language, with its year where the column has one: the year as plain digits,
 * never formatted for the language, since readers find the column by it.
 * @example headerText("actual", "en", 2013) // "Actual 2013"
 */
export const headerText = (
  key: HeaderKey,
  language: Language = DEFAULT_LANGUAGE,
  year?: number
): string => {
  const template = headerTexts(language)[key];
  return year === undefined ? template : template.replace("{year}", String(year));
};

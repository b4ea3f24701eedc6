import {
  languageOfTag,
  loadCatalogs,
  PSEUDO_LOCALE,
  translatorFor,
  type DisplayLanguage,
  type Translator,
} from "../core/i18n";

/** Where file mode remembers the language the officer picked (localStorage). */
export const LANGUAGE_KEY = "kpi-reporter.language";

/** What the pane knows of the officer's language, strongest first. */
export interface LanguageHints {
  /** `?lang=` in the page's address: a tester's or translator's choice (`qps-ploc` included). */
  readonly query?: string | null;
  /** Office's display language inside Excel (`Office.context.displayLanguage`, such as `fr-FR`). */
  readonly office?: string;
  /** The language picked in file mode, as remembered. */
  readonly stored?: string | null;
  /** The browser's languages, in its order of preference (`navigator.languages`). */
  readonly browser?: readonly string[];
}

/** The pane's language, and the locale its dates are written in (the officer's region where it is known). */
export interface PaneLanguage {
  readonly translator: Translator;
  /** A BCP 47 tag for dates and times: `en-GB` for an English pane in a British browser, else the language's. */
  readonly locale: string;
}

const validTag = (tag: string): string | undefined => {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, "-").split(".")[0] ?? "")[0];
  } catch {
    return undefined;
  }
};

const hintTags = (hints: LanguageHints): string[] =>
  [hints.query, hints.office, hints.stored, ...(hints.browser ?? [])].filter(
    (tag): tag is string => typeof tag === "string" && tag !== ""
  );

const languageOfHints = (hints: LanguageHints): DisplayLanguage =>
  hintTags(hints)
    .map((tag) => languageOfTag(tag))
    .find((l) => l !== undefined) ?? "en";

/**
 * Chooses the pane's language: `?lang=` first, then Office's display language (inside Excel), then the language
 * the officer picked (file mode), then the browser's first of the six; English when none is one of them. Dates
 * follow the first of these tags that is in the chosen language and names a region, so that an English pane in
 * en-GB keeps 24-hour British dates; else the language's own locale.
 * @example choosePaneLanguage({ office: "fr-FR" }).translator.language // "fr"
 */
export const choosePaneLanguage = (hints: LanguageHints): PaneLanguage => {
  const tags = hintTags(hints);
  const language = languageOfHints(hints);
  const translator = translatorFor(language);
  const regional =
    language === PSEUDO_LOCALE
      ? undefined
      : tags
          .filter((tag) => languageOfTag(tag) === language)
          .map(validTag)
          .find((tag) => tag?.includes("-"));
  return { translator, locale: regional ?? translator.locale };
};

/**
 * Chooses the pane's language as choosePaneLanguage does, once its catalog is at hand: the add-in's pages carry
 * English and fetch another language's catalog (the pseudo-locale accents the English one); English if it cannot.
 */
export const loadPaneLanguage = async (hints: LanguageHints): Promise<PaneLanguage> => {
  const language = languageOfHints(hints);
  try {
    // The words it shows before any action; the rest come with the other languages' when an action runs.
    await loadCatalogs([language === PSEUDO_LOCALE ? "en" : language], "first");
    return choosePaneLanguage(hints);
  } catch {
    // The catalog could not be fetched (the connection dropped): the pane speaks English rather than nothing.
    return choosePaneLanguage({ query: "en" });
  }
};

/** Marks the page with the pane's language and direction: `<html lang="ar" dir="rtl">` mirrors the pane. */
export const applyPaneLanguage = (
  root: HTMLElement,
  { translator, locale }: PaneLanguage
): void => {
  root.lang = translator.language === PSEUDO_LOCALE ? PSEUDO_LOCALE : locale;
  root.dir = translator.direction;
};

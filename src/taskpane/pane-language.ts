import {
  languageOfTag,
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

/**
 * Chooses the pane's language: `?lang=` first, then Office's display language (inside Excel), then the language
 * the officer picked (file mode), then the browser's first of the six; English when none is one of them. Dates
 * follow the first of these tags that is in the chosen language and names a region, so that an English pane in
 * en-GB keeps 24-hour British dates; else the language's own locale.
 * @example choosePaneLanguage({ office: "fr-FR" }).translator.language // "fr"
 */
export const choosePaneLanguage = (hints: LanguageHints): PaneLanguage => {
  const tags = [hints.query, hints.office, hints.stored, ...(hints.browser ?? [])].filter(
    (tag): tag is string => typeof tag === "string" && tag !== ""
  );
  const language: DisplayLanguage =
    tags.map((tag) => languageOfTag(tag)).find((l) => l !== undefined) ?? "en";
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

/** Marks the page with the pane's language and direction: `<html lang="ar" dir="rtl">` mirrors the pane. */
export const applyPaneLanguage = (
  root: HTMLElement,
  { translator, locale }: PaneLanguage
): void => {
  root.lang = translator.language === PSEUDO_LOCALE ? PSEUDO_LOCALE : locale;
  root.dir = translator.direction;
};

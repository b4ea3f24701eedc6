import { LANGUAGES, PSEUDO_LOCALE, type Translator } from "../core/i18n";
import { LANGUAGE_KEY } from "./pane-language";

/** A language's name in that language ("français", "العربية"), from Intl: no list of names to keep. */
const ownName = (language: string): string => {
  const name = new Intl.DisplayNames([language], { type: "language" }).of(language) ?? language;
  return `${name.charAt(0).toLocaleUpperCase(language)}${name.slice(1)}`;
};

/**
 * File mode's language picker: the six languages, each named in its own language (and marked with its `lang`, so
 * that a screen reader speaks it so). Choosing one remembers it (localStorage) and reloads the pane in it; where
 * the browser keeps nothing, the choice goes into the address (`?lang=`) instead.
 */
export const mountLanguagePicker = (
  field: HTMLElement,
  label: HTMLElement,
  select: HTMLSelectElement,
  t: Translator
): void => {
  label.textContent = t.t("pane.language.label");
  const shown = t.language === PSEUDO_LOCALE ? [...LANGUAGES, PSEUDO_LOCALE] : LANGUAGES;
  for (const language of shown) {
    const option = new Option(
      language === PSEUDO_LOCALE ? PSEUDO_LOCALE : ownName(language),
      language,
      false,
      language === t.language
    );
    option.lang = language;
    select.append(option);
  }
  select.addEventListener("change", () => {
    const url = new URL(window.location.href);
    url.searchParams.delete("lang");
    try {
      window.localStorage.setItem(LANGUAGE_KEY, select.value);
    } catch {
      url.searchParams.set("lang", select.value);
    }
    window.location.replace(url.href);
  });
  field.hidden = false;
};

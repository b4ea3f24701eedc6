/** The six languages of the Union, in the order the Union lists them (Arabic, Chinese, English, French, Russian, Spanish). */
export const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;

/** One of the six languages every word of the product comes in. */
export type Language = (typeof LANGUAGES)[number];

/**
 * The pseudo-locale: English with every letter accented and each message bracketed, so that a run of the pane or the
 * CLI in it shows at a glance any text that did not come from the catalogs (it stays plain English).
 */
export const PSEUDO_LOCALE = "qps-ploc";

/** Whether a text came out of the pseudo-locale's catalog (a line of the pane or the CLI that is not is hard-coded). */
export const isPseudoLocalised = (text: string): boolean => /［[^］]*］/.test(text);

/** A language, or the pseudo-locale that tests and translators use to find hard-coded text. */
export type DisplayLanguage = Language | typeof PSEUDO_LOCALE;

/** Arabic reads right to left; the other five left to right. */
export const textDirection = (language: DisplayLanguage): "rtl" | "ltr" =>
  language === "ar" ? "rtl" : "ltr";

/** Whether a text is one of the six language codes. */
export const isLanguage = (text: unknown): text is Language =>
  typeof text === "string" && (LANGUAGES as readonly string[]).includes(text);

/**
 * The language of a locale tag as Office, a browser or a POSIX environment writes it: `fr-FR`, `zh-Hans-CN`,
 * `ar_EG.UTF-8`, `ru`; undefined for a tag of another language, or for `C`/`POSIX`.
 * @example languageOfTag("es_ES.UTF-8") // "es"
 */
export const languageOfTag = (tag: string | undefined): DisplayLanguage | undefined => {
  if (tag === undefined) return undefined;
  const cleaned = tag.trim().toLowerCase().replace(/_/g, "-");
  if (cleaned === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const primary = cleaned.split(/[-.@]/)[0];
  return isLanguage(primary) ? primary : undefined;
};

/**
 * The language a command-line user's environment asks for, read as gettext reads it: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set gives the locale (`C` or `POSIX` mean English); LANGUAGE's first entry comes
 * before it unless that locale is `C`. English when none names one of the six.
 */
export const languageFromEnvironment = (
  env: Readonly<Record<string, string | undefined>>
): DisplayLanguage => {
  const set = (value: string | undefined): value is string => value !== undefined && value !== "";
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(set);
  if (locale !== undefined && /^(c|posix)([._@-]|$)/i.test(locale)) return "en";
  const first = env.LANGUAGE?.split(":")[0];
  return (set(first) ? languageOfTag(first) : undefined) ?? languageOfTag(locale) ?? "en";
};

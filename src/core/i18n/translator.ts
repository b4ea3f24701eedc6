import { IntlMessageFormat } from "intl-messageformat";
import { CATALOGS, type MessageKey } from "./catalogs";
import { PSEUDO_LOCALE, textDirection, type DisplayLanguage } from "./language";
import { pseudoLocalise } from "./pseudo-localise";

/** What a message's placeholders take: text, a number (plurals count with it) or a date. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** Words and local formats in one language: what every front end and every writer of text is handed. */
export interface Translator {
  readonly language: DisplayLanguage;
  /** The BCP 47 tag Intl formats with (`ar`, `zh-CN`, ...; `en` for the pseudo-locale). */
  readonly locale: string;
  readonly direction: "rtl" | "ltr";
  /** The message for a key, with its placeholders filled and its plurals chosen for this language. */
  readonly t: (key: MessageKey, values?: MessageValues) => string;
  /** A number as this language writes it (digits, grouping, decimal mark). */
  readonly number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A moment in the reader's own time zone, as this language writes dates and times. */
  readonly dateTime: (value: Date, options?: Intl.DateTimeFormatOptions) => string;
}

const LOCALES: Readonly<Record<DisplayLanguage, string>> = {
  ar: "ar",
  zh: "zh-CN",
  en: "en",
  fr: "fr",
  ru: "ru",
  es: "es",
  [PSEUDO_LOCALE]: "en",
};

/**
 * IntlMessageFormat resolves every message's locale through `Intl.NumberFormat.supportedLocalesOf`, whose first
 * call loads ICU's number data: some 30 ms of every command's start, `--help` and `plans` included, which format
 * no number. For one language tag its answer is always `new Intl.Locale(tag)` (a supported tag is returned as
 * given, canonicalised; an unsupported one falls back to itself), so a tag is resolved that way, without the
 * lookup; a list of tags still goes the library's way.
 */
const resolveLocale = IntlMessageFormat.resolveLocale;
IntlMessageFormat.resolveLocale = (locales) =>
  typeof locales === "string" && typeof Intl.Locale === "function"
    ? new Intl.Locale(locales)
    : resolveLocale(locales);

const translators = new Map<DisplayLanguage, Translator>();

/**
 * The translator for a language, made once and kept: messages are compiled on first use. The pseudo-locale
 * formats English messages with their text accented and bracketed.
 * @example translatorFor("fr").t("severity.errorCount", { count: 2 }) // "2 erreurs"
 */
export const translatorFor = (language: DisplayLanguage): Translator => {
  const known = translators.get(language);
  if (known) return known;
  const locale = LOCALES[language];
  const catalog = CATALOGS[language === PSEUDO_LOCALE ? "en" : language];
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const compile = (key: MessageKey): IntlMessageFormat => {
    let format = compiled.get(key);
    if (!format) {
      const text = catalog[key] ?? CATALOGS.en[key];
      format = new IntlMessageFormat(
        language === PSEUDO_LOCALE ? pseudoLocalise(text) : text,
        locale
      );
      compiled.set(key, format);
    }
    return format;
  };
  const numbers = new Map<string, Intl.NumberFormat>();
  const translator: Translator = {
    language,
    locale,
    direction: textDirection(language),
    t: (key, values) => String(compile(key).format(values)),
    number: (value, options) => {
      const id = JSON.stringify(options ?? {});
      let format = numbers.get(id);
      if (!format) {
        format = new Intl.NumberFormat(locale, options);
        numbers.set(id, format);
      }
      return format.format(value);
    },
    dateTime: (value, options) =>
      new Intl.DateTimeFormat(
        locale,
        options ?? { dateStyle: "medium", timeStyle: "short" }
      ).format(value),
  };
  translators.set(language, translator);
  return translator;
};

/**
 * A message that is not in the catalogs, formatted as the catalogs' are (ICU MessageFormat, this language's plural
 * rules): for a front end's own text until it has a key of its own.
 * @example formatMessage("{n, plural, one {# file} other {# files}}", { n: 2 }) // "2 files"
 */
export const formatMessage = (
  template: string,
  values: MessageValues = {},
  language: DisplayLanguage = "en"
): string => String(new IntlMessageFormat(template, LOCALES[language]).format(values));

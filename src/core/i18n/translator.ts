import { CATALOGS, type MessageKey } from "./catalogs";
import { PSEUDO_LOCALE, textDirection, type DisplayLanguage } from "./language";

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

/* eslint-disable @typescript-eslint/no-require-imports -- ICU MessageFormat is read when a message first needs
   it, synchronously (a message is formatted where it is asked for); webpack bundles it as it bundles an import. */
/** ICU MessageFormat (./message-format), loaded by the first message that needs it. */
const icu = (): typeof import("./message-format") =>
  require("./message-format") as typeof import("./message-format");
/* eslint-enable @typescript-eslint/no-require-imports */

/** A plain placeholder: `{name}`, nothing more. */
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/;

/**
 * A message of text and plain `{name}` placeholders only: no plural, select, number or date format, no tag, and
 * no quoted run (an apostrophe before `{`, `}`, `<` or `>`); an apostrophe elsewhere is itself, and two are one,
 * as ICU reads them. What most messages are.
 */
const PLAIN = new RegExp(`^(?:[^{}'<]|''|'(?![{}<>'])|${PLACEHOLDER.source})*$`);

/**
 * A message filled as IntlMessageFormat fills it, without it, or undefined where the library must: a message
 * that is not plain (above), or one given a date or missing a value (the library formats the one and refuses the
 * other as it always did). Each placeholder given a text or a number becomes `String(value)`, exactly as the
 * library writes a plain argument (it formats a number only where the message says `{n, number}`).
 */
export const fillPlainMessage = (
  text: string
): ((values: MessageValues | undefined) => string | undefined) | undefined => {
  if (!PLAIN.test(text)) return undefined;
  const parts = text
    .split(new RegExp(PLACEHOLDER.source, "g"))
    .map((part, i) => (i % 2 === 0 ? part.replace(/''/g, "'") : part));
  return (values) => {
    let out = parts[0] ?? "";
    for (let i = 1; i < parts.length; i += 2) {
      const value = values?.[parts[i] ?? ""];
      if (typeof value !== "string" && typeof value !== "number") return undefined;
      out += String(value) + (parts[i + 1] ?? "");
    }
    return out;
  };
};

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
  const pseudo = language === PSEUDO_LOCALE;
  const compiled = new Map<MessageKey, (values: MessageValues | undefined) => string>();
  const compile = (key: MessageKey): ((values: MessageValues | undefined) => string) => {
    let format = compiled.get(key);
    if (!format) {
      const text = catalog[key] ?? CATALOGS.en[key];
      let library: { format: (values?: MessageValues) => unknown } | undefined;
      const viaLibrary = (values: MessageValues | undefined): string =>
        String((library ??= icu().compileMessage(text, locale, pseudo)).format(values));
      const plain = pseudo ? undefined : fillPlainMessage(text);
      format = plain ? (values) => plain(values) ?? viaLibrary(values) : viaLibrary;
      compiled.set(key, format);
    }
    return format;
  };
  const numbers = new Map<string, Intl.NumberFormat>();
  const translator: Translator = {
    language,
    locale,
    direction: textDirection(language),
    t: (key, values) => compile(key)(values),
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
): string => String(new (icu().IntlMessageFormat)(template, LOCALES[language]).format(values));

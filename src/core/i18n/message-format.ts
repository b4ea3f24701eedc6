import { IntlMessageFormat } from "intl-messageformat";
import { pseudoLocalise } from "./pseudo-localise";

/**
 * ICU MessageFormat, for the messages that need it: plurals, selects, number and date formats, quotes, tags,
 * and every message of the pseudo-locale. The translator requires this module only when a message needs it
 * (translator.ts: a message of text and plain `{name}` placeholders is filled without it), so that a command
 * that says nothing else never loads the library and its parser (some 17 ms of `plans`, 29 ms of `--help`:
 * issue #12).
 */
export { IntlMessageFormat };

/**
 * IntlMessageFormat resolves every message's locale through `Intl.NumberFormat.supportedLocalesOf`, whose first
 * call loads ICU's number data: some 30 ms of a command, which may format no number. For one language tag its
 * answer is always `new Intl.Locale(tag)` (a supported tag is returned as given, canonicalised; an unsupported
 * one falls back to itself), so a tag is resolved that way, without the lookup; a list of tags still goes the
 * library's way.
 */
const resolveLocale = IntlMessageFormat.resolveLocale;
IntlMessageFormat.resolveLocale = (locales) =>
  typeof locales === "string" && typeof Intl.Locale === "function"
    ? new Intl.Locale(locales)
    : resolveLocale(locales);

/** A catalog message compiled for a locale; in the pseudo-locale, its text accented and bracketed. */
export const compileMessage = (text: string, locale: string, pseudo: boolean): IntlMessageFormat =>
  new IntlMessageFormat(pseudo ? pseudoLocalise(text) : text, locale);

import {
  englishResourceHeader,
  type HeaderKey,
  headerText,
  headerTexts,
  recogniseHeader,
} from "../format";
import type { Language } from "../format";
import { translatorFor, type MessageKey } from "../i18n";
import type { EntryValue } from "../layout";

/** Why a value has no place, as a catalog message and its values: worded in the language asked. */
export interface NotPlacedWhy {
  readonly key: MessageKey;
  readonly values: Readonly<Record<string, string>>;
}

/** Why a value has no place, in a language. */
export const whyText = (why: NotPlacedWhy, language: Language = "en"): string =>
  translatorFor(language).t(why.key, why.values);

/** Why a value has no place, in a language: its message where it has one, else its English reason. */
export const reasonIn = (
  item: { readonly reason: string; readonly why?: NotPlacedWhy },
  language: Language = "en"
): string => (item.why ? whyText(item.why, language) : item.reason);

/** A reason in English (NotPlaced.reason) and as a message (NotPlaced.why). */
export const because = (
  key: MessageKey,
  values: Readonly<Record<string, string>> = {}
): { readonly reason: string; readonly why: NotPlacedWhy } => ({
  reason: whyText({ key, values }),
  why: { key, values },
});

/** A value an upgrade found in the workbook and could not put anywhere in the upgraded one. */
export interface NotPlaced {
  /** Where it stood before the upgrade. */
  readonly sheet: string;
  readonly cell: string;
  /** The id of its row (a KPI, objective or output id), or "" for a cell outside any table. */
  readonly rowId: string;
  /** Its column's header, or "" for a cell outside any table. */
  readonly column: string;
  readonly value: EntryValue;
  /** Why it has no place: a sentence for the user, in English. */
  readonly reason: string;
  /** Why it has no place, to word in another language (where only English is known: none). */
  readonly why?: NotPlacedWhy;
}

/** What an upgrade carried: how many values it put back in place, and each one it could not. */
export interface Carried {
  readonly placed: number;
  readonly notPlaced: readonly NotPlaced[];
}

/** Header texts compared as the parser compares them: spacing and case ignored. */
export const headerKey = (header: string): string =>
  header.trim().replace(/\s+/g, " ").toLowerCase();

const HEADER_KEYS = Object.keys(headerTexts("en")) as HeaderKey[];

/**
 * A header of the format in English, whatever language it is written in (a column's own, a resources column's);
 * any other header (a link label, a user's column) as written: how an upgrade matches columns when it rewrites a
 * workbook in another language.
 */
export const englishHeader = (header: string): string => {
  const known = recogniseHeader(header, HEADER_KEYS);
  return known ? headerText(known.key, "en", known.year) : englishResourceHeader(header);
};

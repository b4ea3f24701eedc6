import {
  DEFAULT_LANGUAGE,
  HeaderKey,
  headerText,
  headerTexts,
  Language,
  LANGUAGES,
} from "./header-texts";
import {
  ColumnFormat,
  declaredColumns,
  isLinkColumns,
  isYearGroup,
  LinkColumns,
  TableFormat,
} from "./table-format";

/** What a writer knows when it lays out a table's columns. */
export interface ColumnContext {
  readonly language?: Language;
  /** The plan's years: one column of each `each` per-year column for every one of them. */
  readonly years: readonly number[];
  /** The reporting year: the year of `reporting` per-year columns. */
  readonly reportingYear: number;
  /** The labels of the link columns (goal labels on Objectives, objective labels on Outputs). */
  readonly links?: readonly string[];
}

/** A column as written: its declaration, its header text, and its year or link label where it has one. */
export interface PlacedColumn {
  readonly format: ColumnFormat | LinkColumns;
  /** Null for a link column. */
  readonly key: HeaderKey | null;
  readonly header: string;
  readonly year?: number;
  readonly link?: string;
}

/** A table's columns in order, with their header texts in the context's language. */
export const placeColumns = (table: TableFormat, context: ColumnContext): PlacedColumn[] => {
  const language = context.language ?? DEFAULT_LANGUAGE;
  const one = (format: ColumnFormat, year?: number): PlacedColumn =>
    year === undefined
      ? { format, key: format.key, header: headerText(format.key, language) }
      : { format, key: format.key, header: headerText(format.key, language, year), year };
  return table.columns.flatMap((entry): PlacedColumn[] => {
    if (isLinkColumns(entry))
      return (context.links ?? []).map((link) => ({
        format: entry,
        key: null,
        header: link,
        link,
      }));
    if (isYearGroup(entry))
      return context.years.flatMap((year) => entry.eachYear.map((format) => one(format, year)));
    return [one(entry, entry.perYear === "reporting" ? context.reportingYear : undefined)];
  });
};

/** A header read back: trimmed, its runs of spaces as one, lower case. */
export const normalHeader = (header: string): string =>
  header.trim().replace(/\s+/g, " ").toLowerCase();

/** A header recognised as a column of the format: its key, and its year for a per-year column. */
export interface RecognisedHeader {
  readonly key: HeaderKey;
  readonly year?: number;
}

interface Recogniser {
  readonly fixed: ReadonlyMap<string, HeaderKey>;
  readonly perYear: readonly { readonly key: HeaderKey; readonly pattern: RegExp }[];
}

const recognisers = new Map<string, Recogniser>();
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The recogniser of these keys in every language the format knows, built once per set of keys. */
const recogniserOf = (keys: readonly HeaderKey[]): Recogniser => {
  const id = keys.join(",");
  let known = recognisers.get(id);
  if (!known) {
    const fixed = new Map<string, HeaderKey>();
    const perYear: { key: HeaderKey; pattern: RegExp }[] = [];
    for (const language of LANGUAGES) {
      const texts = headerTexts(language);
      for (const key of keys) {
        const text = normalHeader(texts[key]);
        if (text.includes("{year}")) {
          const [before, after] = text.split("{year}").map(escape);
          perYear.push({ key, pattern: new RegExp(`^${before ?? ""}(\\d{4})${after ?? ""}$`) });
        } else if (!fixed.has(text)) fixed.set(text, key);
      }
    }
    known = { fixed, perYear };
    recognisers.set(id, known);
  }
  return known;
};

/**
 * Which of these columns a header is, in any language the format knows, ignoring case and spacing; undefined when
 * it is none of them.
 * @example recogniseHeader(" target  2013", ["target", "actual"]) // { key: "target", year: 2013 }
 */
export const recogniseHeader = (
  header: string,
  keys: readonly HeaderKey[]
): RecognisedHeader | undefined => {
  const { fixed, perYear } = recogniserOf(keys);
  const text = normalHeader(header);
  const key = fixed.get(text);
  if (key !== undefined) return { key };
  for (const { key: yearKey, pattern } of perYear) {
    const m = pattern.exec(text);
    if (m) return { key: yearKey, year: Number(m[1]) };
  }
  return undefined;
};

/** A table's columns as found in a workbook, by header text in any language the format knows. */
export interface FoundColumns {
  /** The position of a column without a year (the first of that header), or -1. */
  index(key: HeaderKey): number;
  /** The position of a per-year column for that year (the first of that header), or -1. */
  yearIndex(key: HeaderKey, year: number): number;
  /** The years of these per-year columns, each once, in the order their first column stands. */
  years(keys: readonly HeaderKey[]): number[];
  /** The required columns that are not there, in declaration order. */
  readonly missing: readonly HeaderKey[];
  /** The positions of the headers that are none of the table's own columns: its link columns, where it has them. */
  readonly others: readonly number[];
}

/** Finds a table's declared columns among the headers a workbook has. */
export const findColumns = (table: TableFormat, headers: readonly string[]): FoundColumns => {
  const declared = declaredColumns(table);
  const keys = declared.map((c) => c.key);
  const recognised = headers.map((h) => recogniseHeader(h, keys));
  const fixedAt = new Map<HeaderKey, number>();
  const yearAt = new Map<string, number>();
  const others: number[] = [];
  recognised.forEach((r, i) => {
    if (!r) others.push(i);
    else if (r.year === undefined) {
      if (!fixedAt.has(r.key)) fixedAt.set(r.key, i);
    } else if (!yearAt.has(`${r.key} ${r.year}`)) yearAt.set(`${r.key} ${r.year}`, i);
  });
  return {
    index: (key) => fixedAt.get(key) ?? -1,
    yearIndex: (key, year) => yearAt.get(`${key} ${year}`) ?? -1,
    years: (wanted) => [
      ...new Set(
        recognised.flatMap((r) => (r?.year !== undefined && wanted.includes(r.key) ? [r.year] : []))
      ),
    ],
    missing: declared.filter((c) => c.required && !fixedAt.has(c.key)).map((c) => c.key),
    others,
  };
};

/**
 * The language a workbook's headers are written in: of the six, the one whose header texts most of them are (a
 * header that two languages write alike counts for both; English wins a tie it is in); undefined when none of them
 * is a header of the format. How a workbook that lost its metadata gets its language back.
 * @example headerLanguage(["ID de l'indicateur", "Cible 2013", "Réalisé 2013"]) // "fr"
 */
export const headerLanguage = (headers: readonly string[]): Language | undefined => {
  const texts = headers.map(normalHeader);
  let best: { language: Language; count: number } | undefined;
  for (const language of LANGUAGES) {
    const own = Object.values(headerTexts(language)).map((text) => {
      const [before, after] = normalHeader(text).split("{year}").map(escape);
      return after === undefined
        ? new RegExp(`^${before ?? ""}$`)
        : new RegExp(`^${before ?? ""}\\d{4}${after}$`);
    });
    const count = texts.filter((text) => own.some((pattern) => pattern.test(text))).length;
    const better =
      !best || count > best.count || (count === best.count && language === DEFAULT_LANGUAGE);
    if (count > 0 && better) best = { language, count };
  }
  return best?.language;
};

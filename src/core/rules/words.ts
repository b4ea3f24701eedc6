import { headerText, labelsIn, type HeaderKey, type LabelCode, type LabelSet } from "../format";
import type { Translator } from "../i18n";
import type { CellData } from "../snapshot";
import type { RuleContext } from "./rule";

/**
 * A column's header as the workbook shows it (its own language), for a message to quote: "Actual 2013",
 * "Réalisé 2013".
 */
export const header = (context: RuleContext, key: HeaderKey, year?: number): string =>
  headerText(key, context.language, year);

/** A word of the workbook's dropdowns or computed cells as the workbook shows it: "No data", "Aucune donnée". */
export const shownWord = <S extends LabelSet>(
  context: RuleContext,
  set: S,
  code: LabelCode<S>
): string => labelsIn(set, context.language)[code];

/** Every word of a dropdown as the workbook shows it, as a message lists them: "Yes, No". */
export const shownWords = (context: RuleContext, set: LabelSet): string =>
  Object.values<string>(labelsIn(set, context.language)).join(", ");

/**
 * A number as a message quotes a cell's value or a computed figure: plain digits in English (as the cell holds
 * them), the language's decimal mark and digits otherwise; never grouped, since a year or an id may follow.
 */
export const plainNumber = (i18n: Translator, value: number): string =>
  i18n.locale === "en"
    ? String(value)
    : i18n.number(value, { useGrouping: false, maximumFractionDigits: 20 });

/** A percentage figure (12.5 for 12.5%) with its sign, as the language writes it: "12.5%", "12,5 %". */
export const percentText = (i18n: Translator, value: number): string =>
  i18n.locale === "en"
    ? `${value}%`
    : i18n.number(value / 100, { style: "percent", useGrouping: false, maximumFractionDigits: 2 });

/** An amount of money, rounded to the unit, grouped as the language groups thousands, with its currency. */
export const amountText = (i18n: Translator, amount: number, currency: string | null): string => {
  const digits = i18n.number(Math.round(amount), { maximumFractionDigits: 0 });
  return currency ? `${digits} ${currency}` : digits;
};

/** What a cell holds, as a message describes it: `"n/a"`, TRUE, #REF!, an empty cell, the date 2013-01-31. */
export const describeValue = (i18n: Translator, value: CellData): string => {
  if (value === null) return i18n.t("finding.value.empty");
  if (typeof value === "string")
    return i18n.t("finding.value.text", {
      text: value.length > 60 ? `${value.slice(0, 57)}...` : value,
    });
  if (typeof value === "boolean") return String(value).toUpperCase();
  if (typeof value === "number")
    return i18n.locale === "en" ? String(value).toUpperCase() : plainNumber(i18n, value);
  if ("error" in value) return value.error;
  return i18n.t("finding.value.date", { date: value.date });
};

/**
 * What a cell holding a word of a dropdown holds, as the workbook shows it: the reader keeps such a word in its
 * canonical (English) form, and a message quotes the workbook's own ("Atteint", not "Achieved").
 */
export const describeShown = (context: RuleContext, set: LabelSet, value: CellData): string => {
  const words = labelsIn(set, context.language) as Readonly<Record<string, string>>;
  const shown = typeof value === "string" ? words[value] : undefined;
  return describeValue(context.i18n, shown ?? value);
};

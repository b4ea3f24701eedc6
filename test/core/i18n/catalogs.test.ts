import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { CATALOGS, LANGUAGES, type Language, type MessageKey } from "../../../src/core/i18n";

/** Names the product, a format or an organisation: the same in every language. */
const PROPER = new Set([
  "KPI",
  "KPIs",
  "Reporter",
  "Excel",
  "Office",
  "ITU",
  "R",
  "T",
  "D",
  "GS",
  "CSV",
  "JSON",
  "SHA",
  "PDF",
  "XLSX",
  "xlsx",
  "CHF",
  "A4",
  "ID",
  // File formats and the other spreadsheet program the refusals name (docs/limits.md).
  "XML",
  "ZIP",
  "xls",
  "xlsm",
  "LibreOffice",
  "Calc",
  // Keys and table names: Ctrl+G, Enter and Esc are keys of every keyboard, Table X.1 and Part II the plan's own.
  "Ctrl",
  "G",
  "Enter",
  "Esc",
  "X",
  "II",
]);

interface Placeholder {
  readonly name: string;
  readonly type: string;
}

/** The placeholders of a parsed message, and the option keys of each plural, with their nesting flattened. */
const walk = (
  elements: readonly MessageFormatElement[],
  found: { placeholders: Placeholder[]; plurals: string[][]; literals: string[] }
): typeof found => {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.literal:
        found.literals.push(element.value);
        break;
      case TYPE.argument:
        found.placeholders.push({ name: element.value, type: "text" });
        break;
      case TYPE.number:
        found.placeholders.push({ name: element.value, type: "number" });
        break;
      case TYPE.date:
      case TYPE.time:
        found.placeholders.push({ name: element.value, type: "date" });
        break;
      case TYPE.plural:
      case TYPE.select:
        found.placeholders.push({
          name: element.value,
          type: element.type === TYPE.plural ? "plural" : "select",
        });
        if (element.type === TYPE.plural) found.plurals.push(Object.keys(element.options));
        for (const option of Object.values(element.options)) walk(option.value, found);
        break;
      case TYPE.tag:
        found.placeholders.push({ name: element.value, type: "tag" });
        walk(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
};

const analyse = (message: string) =>
  walk(parse(message), { placeholders: [], plurals: [], literals: [] });

const signature = (message: string): string[] =>
  [...new Set(analyse(message).placeholders.map((p) => `${p.name}:${p.type}`))].sort();

const englishKeys = Object.keys(CATALOGS.en).sort() as MessageKey[];
const others = LANGUAGES.filter((language) => language !== "en");

const words = (text: string): string[] => text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];

describe("the message catalogs", () => {
  it("holds messages", () => {
    expect(englishKeys.length).toBeGreaterThan(20);
  });

  it.each(LANGUAGES)(
    "%s lists its keys in sorted order, so that additions merge cleanly",
    (language) => {
      const keys = Object.keys(CATALOGS[language]);
      expect(keys).toEqual([...keys].sort());
    }
  );

  it.each(LANGUAGES)("%s has exactly the English catalog's keys", (language) => {
    expect(Object.keys(CATALOGS[language]).sort()).toEqual(englishKeys);
  });

  it.each(LANGUAGES)("every %s message is valid ICU MessageFormat", (language) => {
    const broken = englishKeys.filter((key) => {
      try {
        parse(CATALOGS[language][key]);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it.each(others)("every %s message has the English message's placeholders", (language) => {
    const mismatched = englishKeys
      .filter(
        (key) => signature(CATALOGS[language][key]).join() !== signature(CATALOGS.en[key]).join()
      )
      .map(
        (key) =>
          `${key}: ${signature(CATALOGS[language][key]).join()} vs ${signature(CATALOGS.en[key]).join()}`
      );
    expect(mismatched).toEqual([]);
  });

  it.each(LANGUAGES)(
    "every %s plural gives each plural form the language has",
    (language: Language) => {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const missing = englishKeys.flatMap((key) =>
        analyse(CATALOGS[language][key]).plurals.flatMap((options) =>
          needed.filter((category) => !options.includes(category)).map((c) => `${key}: ${c}`)
        )
      );
      expect(missing).toEqual([]);
    }
  );

  it.each(["ar", "zh", "ru"] as const)(
    "leaves no English word in the %s catalog (other than names)",
    (language) => {
      const english = englishKeys.flatMap((key) =>
        words(analyse(CATALOGS[language][key]).literals.join(" "))
          .filter((word) => !PROPER.has(word))
          .map((word) => `${key}: ${word}`)
      );
      expect(english).toEqual([]);
    }
  );

  it.each(["fr", "es"] as const)("leaves no English sentence in the %s catalog", (language) => {
    const left = englishKeys.filter((key) => {
      const own = words(analyse(CATALOGS[language][key]).literals.join(" ")).filter(
        (w) => !PROPER.has(w)
      );
      const theirs = words(analyse(CATALOGS.en[key]).literals.join(" ")).filter(
        (w) => !PROPER.has(w)
      );
      if (own.length >= 2 && own.join(" ") === theirs.join(" ")) return true;
      const triples = new Set(
        theirs.slice(2).map((w, i) => `${theirs[i]} ${theirs[i + 1]} ${w}`.toLowerCase())
      );
      return own.slice(2).some((w, i) => triples.has(`${own[i]} ${own[i + 1]} ${w}`.toLowerCase()));
    });
    expect(left).toEqual([]);
  });
});

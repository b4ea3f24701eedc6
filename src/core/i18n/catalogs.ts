import en from "./catalogs/en.json";
// The other five are read when first used (below); these type-only imports keep them in the program, so that the
// build writes them beside this module.
import type ar from "./catalogs/ar.json";
import type es from "./catalogs/es.json";
import type fr from "./catalogs/fr.json";
import type ru from "./catalogs/ru.json";
import type zh from "./catalogs/zh.json";
import type { Language } from "./language";

/** Every message the product shows or writes has a key in the English catalog; the other five hold the same keys. */
export type MessageKey = keyof typeof en;

/** One language's messages, ICU MessageFormat text by key. */
export type Catalog = Readonly<Record<MessageKey, string>>;

/* eslint-disable @typescript-eslint/no-require-imports -- a catalog is read when first used, synchronously: this
   module runs in Node and Jest only (the pages put src/addin/lazy-catalogs.ts in its place) */
/** How each catalog but English is read, the first time one of its words is asked for. */
const READ: Readonly<Record<Exclude<Language, "en">, () => Catalog>> = {
  ar: () => require("./catalogs/ar.json") as typeof ar,
  zh: () => require("./catalogs/zh.json") as typeof zh,
  fr: () => require("./catalogs/fr.json") as typeof fr,
  ru: () => require("./catalogs/ru.json") as typeof ru,
  es: () => require("./catalogs/es.json") as typeof es,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The six catalogs, the only place where the product's words live. A test holds them to the same keys and the
 * same placeholders as English (test/core/i18n/catalogs.test.ts); docs/translations.md says who translated each.
 * English is at hand; another language's catalog is read the first time it is used, so that a command run in one
 * language does not parse the other five (some 16 ms of `kpi-report plans`, issue #12). Each reads as a plain
 * property, in this order.
 */
export const CATALOGS: Readonly<Record<Language, Catalog>> = (() => {
  const catalogs: Partial<Record<Language, Catalog>> = {};
  for (const language of ["ar", "zh", "en", "fr", "ru", "es"] as const)
    Object.defineProperty(catalogs, language, {
      enumerable: true,
      configurable: true,
      get: (): Catalog => {
        const catalog = language === "en" ? en : READ[language]();
        Object.defineProperty(catalogs, language, { value: catalog, enumerable: true });
        return catalog;
      },
    });
  return catalogs as Record<Language, Catalog>;
})();

/** Which of a language's words to fetch: those the pane shows before any action (`first`), or all of them. */
export type CatalogScope = "first" | "all";

/**
 * Makes sure the catalogs of these languages are at hand before their words are used. In Node every catalog is
 * installed with the engine and read when first used, so they all are, whatever the scope; the add-in's pages
 * hold only English until they fetch another one, in two parts (src/addin/lazy-catalogs.ts, which webpack puts
 * in this module's place).
 */
export const loadCatalogs = async (
  languages: readonly Language[],
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the pages' part of a catalog; Node holds them whole
  _scope: CatalogScope = "all"
): Promise<void> => {
  for (const language of languages)
    if (!CATALOGS[language]) throw new Error(`No catalog for ${language}`);
};

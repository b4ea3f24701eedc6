import ar from "./catalogs/ar.json";
import en from "./catalogs/en.json";
import es from "./catalogs/es.json";
import fr from "./catalogs/fr.json";
import ru from "./catalogs/ru.json";
import zh from "./catalogs/zh.json";
import type { Language } from "./language";

/** Every message the product shows or writes has a key in the English catalog; the other five hold the same keys. */
export type MessageKey = keyof typeof en;

/** One language's messages, ICU MessageFormat text by key. */
export type Catalog = Readonly<Record<MessageKey, string>>;

/**
 * The six catalogs, the only place where the product's words live. A test holds them to the same keys and the
 * same placeholders as English (test/core/i18n/catalogs.test.ts); docs/translations.md says who translated each.
 */
export const CATALOGS: Readonly<Record<Language, Catalog>> = { ar, zh, en, fr, ru, es };

/** Which of a language's words to fetch: those the pane shows before any action (`first`), or all of them. */
export type CatalogScope = "first" | "all";

/**
 * Makes sure the catalogs of these languages are at hand before their words are used. In Node every catalog is
 * bundled with the engine, so they all are, whatever the scope; the add-in's pages hold only English until they
 * fetch another one, in two parts (src/addin/lazy-catalogs.ts, which webpack puts in this module's place).
 */
export const loadCatalogs = async (
  languages: readonly Language[],
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the pages' part of a catalog; Node holds them whole
  _scope: CatalogScope = "all"
): Promise<void> => {
  for (const language of languages)
    if (!CATALOGS[language]) throw new Error(`No catalog for ${language}`);
};

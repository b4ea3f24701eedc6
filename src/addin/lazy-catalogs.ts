// The add-in's pages take this module in place of src/core/i18n/catalogs.ts (webpack.config.js replaces it): the
// English catalog comes with the page, as every message's fallback; another language's catalog is its own chunk,
// fetched when first needed, so a page carries the words of one language rather than of six.
import en from "../core/i18n/catalogs/en.json";
import { LANGUAGES, type Language } from "../core/i18n/language";

/** Every message the product shows or writes has a key in the English catalog; the other five hold the same keys. */
export type MessageKey = keyof typeof en;

/** One language's messages, ICU MessageFormat text by key. */
export type Catalog = Readonly<Record<MessageKey, string>>;

const loaded = new Map<Language, Catalog>([["en", en]]);
const loading = new Map<Language, Promise<void>>();

const fetchCatalog = (language: Language): Promise<void> => {
  let pending = loading.get(language);
  if (!pending) {
    pending = import(
      /* webpackChunkName: "catalog-[request]" */ `../core/i18n/catalogs/${language}.json`
    ).then((module: { default: Catalog }) => {
      loaded.set(language, module.default);
    });
    // A failed fetch (the network dropped) is tried again the next time the catalog is asked for.
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
};

/**
 * The catalogs of the languages a page has fetched, as src/core/i18n/catalogs.ts gives all six in Node. Reading one
 * not yet fetched is a mistake of the page's code (it must `await loadCatalogs` first), and says so.
 */
export const CATALOGS: Readonly<Record<Language, Catalog>> = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        {
          enumerable: true,
          get: (): Catalog => {
            const catalog = loaded.get(language);
            if (!catalog)
              throw new Error(
                `The ${language} catalog is not loaded: await loadCatalogs(["${language}"]) before using it`
              );
            return catalog;
          },
        },
      ])
    )
  ) as Record<Language, Catalog>
);

/** Fetches the catalogs of these languages that the page does not hold yet, each once, in parallel. */
export const loadCatalogs = async (languages: readonly Language[]): Promise<void> => {
  await Promise.all(languages.filter((l) => !loaded.has(l)).map(fetchCatalog));
};

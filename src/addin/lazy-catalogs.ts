// The add-in's pages take this module in place of src/core/i18n/catalogs.ts (webpack.config.js replaces it): the
// English catalog comes with the page, as every message's fallback; another language's catalog comes in two chunks
// of its own, fetched when first needed: the words the pane shows before it runs anything (`first`), then the rest
// when an action runs. Every catalog a page holds lacks the words only the kpi-report command says
// (scripts/page-catalogs.js, the loader webpack runs them through).
import en from "../core/i18n/catalogs/en.json";
import { LANGUAGES, type Language } from "../core/i18n/language";

/** Every message the product shows or writes has a key in the English catalog; the other five hold the same keys. */
export type MessageKey = keyof typeof en;

/** One language's messages, ICU MessageFormat text by key. */
export type Catalog = Readonly<Record<MessageKey, string>>;

/** Which of a language's words to fetch: those the pane shows before any action, or all of them. */
export type CatalogScope = "first" | "all";

type Part = "first" | "rest";

/** The words held so far, one object per language that each part is added to (translators keep reading it). */
const held = new Map<Language, Record<string, string>>([["en", { ...en }]]);
const parts = new Map<Language, Set<Part>>([["en", new Set<Part>(["first", "rest"])]]);
const loading = new Map<string, Promise<void>>();
const proxies = new Map<Language, Catalog>();

// Two requests, so that webpack makes one chunk per language and part (catalog-first-fr-json, catalog-rest-fr-json,
// ...); English comes with the page.
const importPart = (
  language: Language,
  part: Part
): Promise<{ default: Record<string, string> }> =>
  part === "first"
    ? import(
        /* webpackChunkName: "catalog-first-[request]", webpackExclude: /en\.json$/ */ `../core/i18n/catalogs/${language}.json?part=first`
      )
    : import(
        /* webpackChunkName: "catalog-rest-[request]", webpackExclude: /en\.json$/ */ `../core/i18n/catalogs/${language}.json?part=rest`
      );

const fetchPart = (language: Language, part: Part): Promise<void> => {
  const id = `${language}/${part}`;
  let pending = loading.get(id);
  if (!pending) {
    pending = importPart(language, part).then((module) => {
      held.set(language, Object.assign(held.get(language) ?? {}, module.default));
      parts.set(language, new Set([...(parts.get(language) ?? []), part]));
    });
    // A failed fetch (the network dropped) is tried again the next time the catalog is asked for.
    pending.catch(() => loading.delete(id));
    loading.set(id, pending);
  }
  return pending;
};

/**
 * A language's words as translators read them: a key the page does not hold is a mistake of the page's code (a
 * word used before `await loadCatalogs(languages)`, or one that scripts/page-catalogs.js leaves out), and says so
 * rather than fall back to English.
 */
const guarded = (language: Language, words: Record<string, string>): Catalog => {
  const known = proxies.get(language);
  if (known) return known;
  const proxy = new Proxy(words, {
    get: (target, key) => {
      if (typeof key === "string" && key.includes(".") && !Object.hasOwn(target, key))
        throw new Error(
          `The add-in holds no ${language} words for "${key}": await loadCatalogs(["${language}"]) before using them, or keep the key in the pages' catalogs (scripts/page-catalogs.js)`
        );
      return Reflect.get(target, key) as unknown;
    },
  }) as Catalog;
  proxies.set(language, proxy);
  return proxy;
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
            const words = held.get(language);
            if (!words)
              throw new Error(
                `The ${language} catalog is not loaded: await loadCatalogs(["${language}"]) before using it`
              );
            return guarded(language, words);
          },
        },
      ])
    )
  ) as Record<Language, Catalog>
);

/**
 * Fetches the words of these languages that the page does not hold yet, each part once, in parallel: all of them,
 * or (`first`) only those the pane shows before it runs an action.
 */
export const loadCatalogs = async (
  languages: readonly Language[],
  scope: CatalogScope = "all"
): Promise<void> => {
  const wanted: readonly Part[] = scope === "first" ? ["first"] : ["first", "rest"];
  await Promise.all(
    languages.flatMap((language) =>
      wanted
        .filter((part) => !parts.get(language)?.has(part))
        .map((part) => fetchPart(language, part))
    )
  );
};

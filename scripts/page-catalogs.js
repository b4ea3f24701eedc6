// The add-in's pages carry fewer words than the engine in Node: webpack runs each catalog (src/core/i18n/catalogs/
// *.json) through this loader, which leaves out the keys only the kpi-report command says (its help, its outcome
// lines, its refusals of arguments and of plan folders). `?part=first` keeps what the task pane shows before it runs
// anything (its own words and the languages' names): a pane in another language than English fetches that part of
// its catalog before it shows, and the rest with the other languages' catalogs when the officer first runs an
// action (src/addin/lazy-catalogs.ts). test/addin/page-catalogs.test.ts holds every key the pages' code can reach.

/** Key prefixes that only src/cli uses: the pages never show them. */
const CLI_ONLY = ["cli.", "error.cli.", "error.plans."];

/** Key prefixes of the words the task pane (and the ribbon's notice) shows before any action runs. */
const FIRST = ["pane.", "language."];

const startsWithAny = (key, prefixes) => prefixes.some((prefix) => key.startsWith(prefix));

/** Whether the add-in's pages carry this key. */
const onPages = (key) => !startsWithAny(key, CLI_ONLY);

/** Whether this key is in the part a pane fetches before it shows. */
const inFirstPart = (key) => onPages(key) && startsWithAny(key, FIRST);

/**
 * A catalog as the pages carry it: every key they can show (`all`), the pane's first words (`first`), or the rest
 * (`rest`); `first` and `rest` are disjoint and together make `all`.
 */
const pageCatalog = (catalog, part = "all") => {
  const keep =
    part === "first"
      ? inFirstPart
      : part === "rest"
        ? (key) => onPages(key) && !inFirstPart(key)
        : part === "all"
          ? onPages
          : undefined;
  if (!keep) throw new Error(`page-catalogs: part must be all, first or rest, not "${part}"`);
  return Object.fromEntries(Object.entries(catalog).filter(([key]) => keep(key)));
};

/** The webpack loader: a catalog's JSON in, the part its request's query names (`?part=first`) out. */
const loader = function (source) {
  const part = /(?:^\?|&)part=([^&]*)/.exec(this.resourceQuery)?.[1] ?? "all";
  return JSON.stringify(pageCatalog(JSON.parse(source), part));
};

module.exports = loader;
module.exports.CLI_ONLY = CLI_ONLY;
module.exports.FIRST = FIRST;
module.exports.onPages = onPages;
module.exports.pageCatalog = pageCatalog;
